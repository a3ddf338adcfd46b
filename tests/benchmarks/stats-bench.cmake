# Stats CPU benchmark (issue 3); included from tests/benchmarks/CMakeLists.txt. Figures, no time asserts.
if(TARGET stackdeck_docker AND TARGET stackdeck_enginetesthelper)
    stackdeck_add_test(bench_statscpu SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_statscpu.cpp
                       LIBS stackdeck_docker stackdeck_enginetesthelper LABELS benchmark TIMEOUT 600)
endif()
