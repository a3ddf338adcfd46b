#include "models/docker/composeprogress.h"

using namespace Qt::StringLiterals;

namespace Stackdeck {

QString ComposeProgress::stateName(State state)
{
    switch (state) {
    case State::Running:
        return u"running"_s;
    case State::Done:
        return u"done"_s;
    case State::Error:
        return u"error"_s;
    }
    return {};
}

} // namespace Stackdeck
