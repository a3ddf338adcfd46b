# The Helm values editor's form (issue 5) and its undo command.
target_sources(stackdeck_editorui PRIVATE valuesform.cpp valuesform.h valueseditcommand.cpp valueseditcommand.h)
