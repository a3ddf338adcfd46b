# Log tails (issue 4): ring-buffered LogModel, level recognition and the off-thread LogFilter.
# Included from models/live/CMakeLists.txt after stackdeck_live is defined.
target_sources(stackdeck_live PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logchunk.h
    ${CMAKE_CURRENT_LIST_DIR}/logfilter.cpp ${CMAKE_CURRENT_LIST_DIR}/logfilter.h
    ${CMAKE_CURRENT_LIST_DIR}/logfiltercriteria.h
    ${CMAKE_CURRENT_LIST_DIR}/logfiltermodel.cpp ${CMAKE_CURRENT_LIST_DIR}/logfiltermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/loglevelparser.cpp ${CMAKE_CURRENT_LIST_DIR}/loglevelparser.h
    ${CMAKE_CURRENT_LIST_DIR}/logrecord.h
    ${CMAKE_CURRENT_LIST_DIR}/logmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/logmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/logsnapshot.h
)
target_link_libraries(stackdeck_live PUBLIC Qt6::Concurrent)
target_sources(stackdeck_live PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logregexmatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/logregexmatcher.h)
# PCRE2's JIT directly makes the bulk filter several times faster; without it QRegularExpression serves.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(STACKDECK_PCRE2 QUIET IMPORTED_TARGET GLOBAL libpcre2-16)
endif()
if(STACKDECK_PCRE2_FOUND)
    target_link_libraries(stackdeck_live PRIVATE PkgConfig::STACKDECK_PCRE2)
    target_compile_definitions(stackdeck_live PRIVATE STACKDECK_HAVE_PCRE2)
endif()
add_feature_info(LogFilterPcre2 STACKDECK_PCRE2_FOUND "log filter through PCRE2's JIT (off: QRegularExpression)")
