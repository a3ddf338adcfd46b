# The Helm values editor's session (issue 5).
stackdeck_add_test(tst_valuesedit SOURCES tst_valuesedit.cpp LIBS stackdeck_editor LABELS models)
