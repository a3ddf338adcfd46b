# The editor's views (issue 5): YAML view, diff view and the editor window, real widgets offscreen.
stackdeck_add_test(tst_yamleditview SOURCES tst_yamleditview.cpp LIBS stackdeck_editorui stackdeck_editor LABELS ui TIMEOUT 120)
stackdeck_add_test(tst_diffview SOURCES tst_diffview.cpp LIBS stackdeck_editorui stackdeck_editor LABELS ui TIMEOUT 60)
stackdeck_add_test(tst_editorwindow SOURCES tst_editorwindow.cpp LIBS stackdeck_editorui stackdeck_editor LABELS ui TIMEOUT 300)
