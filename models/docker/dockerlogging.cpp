#include "models/docker/dockerlogging.h"

Q_LOGGING_CATEGORY(lcDocker, "stackdeck.docker")
Q_LOGGING_CATEGORY(lcComposeRunner, "stackdeck.compose.runner")
