#pragma once

#include "core/common/Issue.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace tansiq {

struct Done { };

template<typename T> class Result;

namespace detail {
// The issues a failed Result<U> hands to a Result<T> (docs/decisions/0107).
Issues failureIssues(bool ok, Issues issues);
} // namespace detail

// The outcome of a core operation: a value, or the issues that prevented it. Warnings can
// accompany a value. Core never throws across its public API (docs/decisions/0002).
template<typename T> class [[nodiscard]] Result {
public:
    Result(T value, Issues warnings = {}) : m_value(std::move(value)), m_issues(std::move(warnings))
    {
    }
    Result(Issue error) : m_issues { std::move(error) } { }
    static Result failure(Issues issues) { return Result(std::move(issues), FailureTag {}); }

    // A failed step of another type is returned as it is, its issues in their order:
    //     const Result<Sheet> sheet = read(path);
    //     if (!sheet.ok())
    //         return sheet;  // in a function returning Result<Summary> or Status
    // Only failures are meant to convert. Converting a success is a programming error and is
    // never silent: the result is a failure that says so (an "internal" issue), never a
    // failure without issues. To drop a value on purpose, use status().
    template<typename U, typename = std::enable_if_t<!std::is_same_v<U, T>>>
    Result(const Result<U>& failed) : m_issues(detail::failureIssues(failed.ok(), failed.issues()))
    {
    }
    template<typename U, typename = std::enable_if_t<!std::is_same_v<U, T>>>
    Result(Result<U>&& failed)
        : m_issues(detail::failureIssues(failed.ok(), std::move(failed.m_issues)))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Issues& issues() const { return m_issues; }
    QString errorText() const { return issuesToText(m_issues); }
    // The outcome without its value: a success (with the same warnings) or the same failure.
    Result<Done> status() const&
    {
        return ok() ? Result<Done>(Done {}, m_issues) : Result<Done>::failure(m_issues);
    }

private:
    template<typename> friend class Result;
    struct FailureTag { };
    Result(Issues issues, FailureTag) : m_issues(std::move(issues)) { }

    std::optional<T> m_value;
    Issues m_issues;
};

using Status = Result<Done>;
inline Status success(Issues warnings = {})
{
    return Status(Done {}, std::move(warnings));
}

} // namespace tansiq
