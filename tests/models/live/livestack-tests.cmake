# The live stack (issue 4); included from tests/models/live/CMakeLists.txt.
stackdeck_add_test(tst_livestatusderiver SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_livestatusderiver.cpp
                   LIBS stackdeck_livestack LABELS models)
if(TARGET stackdeck_enginetesthelper)
    stackdeck_add_test(tst_livestack SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_livestack.cpp
                       LIBS stackdeck_livestack stackdeck_enginetesthelper LABELS integration TIMEOUT 240)
endif()
