# Log tails benchmarks (issue 4); included from tests/benchmarks/CMakeLists.txt. Figures, no time asserts.
stackdeck_add_test(bench_logfilter SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_logfilter.cpp
                   LIBS stackdeck_live LABELS benchmark TIMEOUT 600)
