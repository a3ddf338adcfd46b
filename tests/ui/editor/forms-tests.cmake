# The editor's forms (issue 5): service form (demo + corpus) and Spark form, real widgets offscreen.
stackdeck_add_test(tst_serviceform SOURCES tst_serviceform.cpp formsfixture.h
    LIBS stackdeck_editorui stackdeck_editor LABELS ui TIMEOUT 600)
stackdeck_add_test(tst_sparkform SOURCES tst_sparkform.cpp formsfixture.h
    LIBS stackdeck_editorui stackdeck_editor LABELS ui TIMEOUT 300)
target_include_directories(tst_serviceform PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_include_directories(tst_sparkform PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
