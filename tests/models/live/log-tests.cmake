# Log tails (issue 4); included from tests/models/live/CMakeLists.txt.
foreach(t tst_loglevelparser tst_logmodel tst_logfilter)
    stackdeck_add_test(${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp LIBS stackdeck_live LABELS models)
endforeach()
