# The Helm values editor (issue 5): edit session over a chart's layers and its table of common keys.
target_sources(stackdeck_editor PRIVATE valuesedit.cpp valuesedit.h valueskey.cpp valueskey.h)
