#pragma once

#include "Issue.h"

#include <optional>
#include <utility>
#include <variant>

namespace tansiq {

// The outcome of a core operation: a value, or the issues that prevented it. Warnings can
// accompany a value. Core never throws across its public API (docs/decisions/0002).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value, Issues warnings = {}) : m_value(std::move(value)), m_issues(std::move(warnings)) {}
    Result(Issue error) : m_issues{std::move(error)} {}
    static Result failure(Issues issues) { return Result(std::move(issues), FailureTag{}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Issues& issues() const { return m_issues; }
    QString errorText() const { return issuesToText(m_issues); }

private:
    struct FailureTag {};
    Result(Issues issues, FailureTag) : m_issues(std::move(issues)) {}

    std::optional<T> m_value;
    Issues m_issues;
};

struct Done {};
using Status = Result<Done>;
inline Status success(Issues warnings = {}) { return Status(Done{}, std::move(warnings)); }

}  // namespace tansiq
