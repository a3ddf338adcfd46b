#include "models/compose/composelogging.h"

Q_LOGGING_CATEGORY(lcCompose, "stackdeck.compose")
