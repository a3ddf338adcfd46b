#include "models/editor/editorlogging.h"

Q_LOGGING_CATEGORY(lcEditor, "stackdeck.editor")
Q_LOGGING_CATEGORY(lcApply, "stackdeck.editor.apply")
