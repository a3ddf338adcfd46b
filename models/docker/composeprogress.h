#pragma once

#include <QMetaType>
#include <QString>

namespace Stackdeck {

// One step of a compose command for one service (or a project-wide object such as the network).
struct ComposeProgress
{
    enum class State : quint8 { Running, Done, Error };

    QString service; // compose service name; empty for networks and volumes
    QString target;  // what the line names: container, network or volume ("proj_web_1", "network proj_default")
    QString action;  // normalised verb: create, recreate, start, stop, restart, remove, pull, up-to-date, wait, healthy
    State state = State::Running;
    QString message; // the rest of the line: an error text, an image name

    static QString stateName(State state); // "running", "done", "error"
    friend bool operator==(const ComposeProgress &, const ComposeProgress &) = default;
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::ComposeProgress)
