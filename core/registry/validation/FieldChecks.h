#pragma once

#include "core/common/Result.h"
#include "core/registry/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tansiq {

// A field's name as an issue shows it: either already translated, or a source text translated
// only when an issue names the field. Validators check every field of every record, and most
// records have no issue: translating every name of every record was two fifths of a bulk
// fill's validation.
class FieldName {
public:
    FieldName(const QString& text) : m_text(text) { } // NOLINT: any translated name is one
    FieldName(const char* context, const char* source) : m_context(context), m_source(source) { }

    QString text() const
    {
        return m_source ? QCoreApplication::translate(m_context, m_source) : m_text;
    }

private:
    QString m_text;
    const char* m_context = nullptr;
    const char* m_source = nullptr;
};

// Building blocks for validators: each check appends a translated issue that names the field
// and the offending value, and returns whether the value passed.
class FieldChecks {
    Q_DECLARE_TR_FUNCTIONS(tansiq::FieldChecks)

public:
    explicit FieldChecks(Issues& issues) : m_issues(issues) { }

    bool text(const FieldName& field, const QString& value, bool required, int maxLength = 500);
    bool date(const FieldName& field, const QString& value, bool required);
    bool month(const FieldName& field, const QString& value);
    bool period(const FieldName& startField, const QString& start, const FieldName& endField,
        const QString& end);
    bool count(const FieldName& field, std::optional<qint64> value);
    bool amount(const FieldName& field, std::optional<double> value);
    bool currency(const FieldName& field, const QString& value);
    // An e-mail address (name@domain.tld) or a telephone number (digits in any script, spaces,
    // dashes, brackets, a leading +; 6 to 15 digits). Empty passes. `severity` lets records
    // read from partner files keep a row whose contact is merely untidy.
    bool email(const FieldName& field, const QString& value,
        Issue::Severity severity = Issue::Severity::Error);
    bool phone(const FieldName& field, const QString& value,
        Issue::Severity severity = Issue::Severity::Error);
    bool term(const FieldName& field, Vocabulary vocabulary, const QString& value);
    // The same over any closed list (coordination, registration vocabularies).
    bool term(const FieldName& field, const QList<Term>& list, const QString& value);
    bool coordinates(std::optional<double> latitude, std::optional<double> longitude);

    void error(
        const QString& code, const QString& field, const QString& value, const QString& message);
    void warning(
        const QString& code, const QString& field, const QString& value, const QString& message);

    // Parses a count typed by a person or read from a file: digits only (Arabic-Indic digits
    // and thousands separators accepted); empty means "not reported".
    static Result<std::optional<qint64>> parseCount(const QString& field, const QString& text);
    // Parses an amount typed by a person (a budget, a transfer value): digits in any script,
    // thousands separators and one decimal point ('.' or '٫'); empty means "not given". A
    // refusal quotes the text as typed, never a number made up from it.
    static Result<std::optional<double>> parseAmount(const QString& field, const QString& text);

private:
    Issues& m_issues;
};

} // namespace tansiq
