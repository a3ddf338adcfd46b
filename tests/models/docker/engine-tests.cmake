# Engine client tests: parsing/arithmetic (models) and against the real engine (integration).
stackdeck_add_test(tst_engineparsing SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_engineparsing.cpp
                   LIBS stackdeck_docker LABELS models)
stackdeck_add_test(tst_enginestatsmath SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_enginestatsmath.cpp
                   LIBS stackdeck_docker LABELS models)
stackdeck_add_test(tst_enginelogs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_enginelogs.cpp
                   LIBS stackdeck_docker LABELS models)
add_library(stackdeck_enginetesthelper STATIC ${CMAKE_CURRENT_LIST_DIR}/tst_enginehelper.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_enginehelper.h)
target_link_libraries(stackdeck_enginetesthelper PUBLIC stackdeck_options Qt6::Core)
stackdeck_add_test(tst_engineclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_engineclient.cpp
                   LIBS stackdeck_docker stackdeck_enginetesthelper LABELS integration)
stackdeck_add_test(tst_enginestats SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_enginestats.cpp
                   LIBS stackdeck_docker stackdeck_enginetesthelper LABELS integration)
stackdeck_add_test(tst_enginelogstream SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_enginelogstream.cpp
                   LIBS stackdeck_docker stackdeck_enginetesthelper LABELS integration)
stackdeck_add_test(tst_enginemonitor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_enginemonitor.cpp
                   LIBS stackdeck_docker stackdeck_enginetesthelper LABELS integration)
# Last on purpose: restarts a (private) dockerd mid-follow.
stackdeck_add_test(tst_enginerestart SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_enginerestart.cpp
                   LIBS stackdeck_docker stackdeck_enginetesthelper LABELS integration TIMEOUT 400)
stackdeck_add_test(tst_enginelogbench SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_enginelogbench.cpp
                   LIBS stackdeck_docker stackdeck_enginetesthelper LABELS benchmark)
