#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEditor)
Q_DECLARE_LOGGING_CATEGORY(lcApply)
