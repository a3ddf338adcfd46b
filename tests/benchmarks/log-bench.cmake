# Log tails benchmarks (issue 4); included from tests/benchmarks/CMakeLists.txt. Figures, no time asserts.
stackdeck_add_test(bench_logfilter SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_logfilter.cpp
                   LIBS stackdeck_live LABELS benchmark TIMEOUT 600)
# The stall is measured with the real LogView on screen, so it needs the GUI build.
if(TARGET stackdeck_logsview)
    stackdeck_add_test(bench_logstall SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_logstall.cpp
                       LIBS stackdeck_logsview LABELS benchmark TIMEOUT 600)
endif()
