#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Stackdeck {

// The compose file's shape (keys, types, enums) as the validator needs it; follows compose-spec.json.
class ComposeSchema final
{
public:
    enum Type : unsigned {
        Map = 1,
        List = 2,
        Scalar = 4, // any scalar: strings, and numbers written where strings are allowed
        Int = 8,    // a scalar that reads as an integer (quoted digits too, as compose converts)
        Number = 16,
        Bool = 32,
    };
    enum class Check { None, Enum, Duration, Restart, PullPolicy };

    struct Object;
    struct Key
    {
        const char *name;
        unsigned types;
        const Object *fields = nullptr;  // the value, when a mapping, has these keys
        const Object *items = nullptr;   // list items that are mappings have these keys
        const Object *entries = nullptr; // a mapping of free names whose values have these keys
        Check check = Check::None;
        const char *values = nullptr;    // allowed values for Check::Enum, '|'-separated
    };
    struct Object
    {
        const char *what; // "a service", "deploy.resources" ... for messages
        const Key *keys;
        int count;
    };

    static const Object &topLevel();
    static const Object &service();
    static const Key *find(const Object &object, const QString &key);
    static QStringList keyNames(const Object &object);
    static QStringList enumValues(const Key &key);
    // "a mapping", "a list", "a string or a list" ...
    static QString describe(unsigned types);
};

} // namespace Stackdeck
