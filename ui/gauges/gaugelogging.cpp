#include "ui/gauges/gaugelogging.h"

Q_LOGGING_CATEGORY(lcGauges, "stackdeck.gauges", QtInfoMsg)
