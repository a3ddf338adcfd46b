# `cmake --install` into a fresh prefix lands the binary, the desktop entry, the metainfo and every icon.
# cmake -DAPP_ID= -DBUILD_DIR= -DPREFIX= -P check_install.cmake
cmake_minimum_required(VERSION 3.24) # policies for -P mode (if(TRUE) and friends)
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "FAIL: cmake --install ${BUILD_DIR} --prefix ${PREFIX} exited ${status}:\n${out}")
endif()

set(expected
    bin/stackdeck
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()

set(failures 0)
foreach(file IN LISTS expected)
    if(EXISTS ${PREFIX}/${file} AND NOT IS_DIRECTORY ${PREFIX}/${file})
        file(SIZE ${PREFIX}/${file} size)
        message(STATUS "ok: ${file} (${size} bytes)")
    else()
        message(SEND_ERROR "FAIL: ${file} was not installed")
        math(EXPR failures "${failures} + 1")
    endif()
endforeach()
execute_process(COMMAND test -x ${PREFIX}/bin/stackdeck RESULT_VARIABLE notexec)
if(notexec)
    message(SEND_ERROR "FAIL: bin/stackdeck is not executable")
    math(EXPR failures "${failures} + 1")
endif()

# Each PNG really has its directory's size (a stale or mis-rendered icon would not).
foreach(size 16 22 24 32 48 64 128 256)
    set(png ${PREFIX}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    if(EXISTS ${png})
        file(READ ${png} header LIMIT 24 HEX)
        string(SUBSTRING "${header}" 32 8 width_hex)
        string(SUBSTRING "${header}" 40 8 height_hex)
        math(EXPR width "0x${width_hex}")
        math(EXPR height "0x${height_hex}")
        if(NOT width EQUAL size OR NOT height EQUAL size)
            message(SEND_ERROR "FAIL: ${size}x${size} icon is ${width}x${height}")
            math(EXPR failures "${failures} + 1")
        endif()
    endif()
endforeach()

# Nothing else sneaks into the package (tests, static libraries, headers).
file(GLOB_RECURSE installed RELATIVE ${PREFIX} ${PREFIX}/*)
foreach(file IN LISTS installed)
    list(FIND expected ${file} at)
    if(at EQUAL -1)
        message(SEND_ERROR "FAIL: unexpected installed file ${file}")
        math(EXPR failures "${failures} + 1")
    endif()
endforeach()

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} check(s) failed")
endif()
list(LENGTH expected count)
message(STATUS "all ${count} files installed")
