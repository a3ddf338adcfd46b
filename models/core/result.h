#pragma once

#include "models/core/sourcelocation.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Stackdeck {

// Why an operation failed, phrased for a person: what happened, where, and what to do.
struct Error
{
    QString message;
    SourceLocation location;
    QString hint;

    // "file:line:column: message (hint)" with the parts that are known.
    QString toString() const;
};

// A value or an Error; backends and loaders return this instead of throwing.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Done {};
using Status = Result<Done>;
inline Status success() { return Status(Done{}); }

} // namespace Stackdeck
