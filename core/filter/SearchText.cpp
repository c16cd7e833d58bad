#include "core/filter/SearchText.h"

#include "core/common/Text.h"

#include <QHash>

#include <algorithm>
#include <sqlite3.h>

namespace tansiq::search {

namespace {
constexpr const char* kFunction = "tansiq_search";

// Answers per distinct text for one statement and needle (SQLite keeps it as the needle
// argument's auxiliary data while the needle stays the same).
struct Memo {
    QHash<QByteArray, bool> answers;
};

void searchFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    auto* memo = static_cast<Memo*>(sqlite3_get_auxdata(context, 1));
    if (!memo) {
        memo = new Memo;
        sqlite3_set_auxdata(context, 1, memo, [](void* p) { delete static_cast<Memo*>(p); });
        // SQLite may have deleted it at once (the needle is not a constant): ask again.
        memo = static_cast<Memo*>(sqlite3_get_auxdata(context, 1));
    }
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray text = QByteArray::fromRawData(bytes, sqlite3_value_bytes(argv[0]));
    if (memo) {
        const auto found = memo->answers.constFind(text);
        if (found != memo->answers.cend()) {
            sqlite3_result_int(context, found.value() ? 1 : 0);
            return;
        }
    }
    const QString needle = QString::fromUtf8(
        reinterpret_cast<const char*>(sqlite3_value_text(argv[1])), sqlite3_value_bytes(argv[1]));
    const bool hit = matches(QString::fromUtf8(text), needle);
    if (memo)
        memo->answers.insert(QByteArray(text.constData(), text.size()), hit);
    sqlite3_result_int(context, hit ? 1 : 0);
}
} // namespace

QString needle(const QString& typed)
{
    return text::foldForSearch(typed);
}

QStringList keys(std::initializer_list<QString> names)
{
    QStringList out;
    for (const QString& name : names) {
        const QString key = text::foldForSearch(name);
        if (key.isEmpty())
            continue;
        out << key;
        if (name.contains(QLatin1Char('|')) || name.contains(QLatin1Char(';'))) {
            QString separated = name;
            separated.replace(QLatin1Char(';'), QLatin1Char('|'));
            for (const QString& part : separated.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                const QString partKey = text::foldForSearch(part);
                if (!partKey.isEmpty())
                    out << partKey;
            }
        }
    }
    return out;
}

bool matches(const QStringList& keys, const QString& needle)
{
    return std::any_of(
        keys.cbegin(), keys.cend(), [&](const QString& key) { return key.contains(needle); });
}

bool matches(const QString& name, const QString& needle)
{
    return !needle.isEmpty() && text::foldForSearch(name).contains(needle);
}

void installSqlFunction(sqlite3* db)
{
    // Already there? Preparing a call fails with "no such function" until it is installed
    // (re-creating a function would expire every prepared statement of the connection).
    sqlite3_stmt* probe = nullptr;
    const QByteArray sql = QByteArray("SELECT ") + kFunction + "('', '')";
    const int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &probe, nullptr);
    sqlite3_finalize(probe);
    if (rc == SQLITE_OK)
        return;
    sqlite3_create_function_v2(db, kFunction, 2,
        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, searchFunction, nullptr,
        nullptr, nullptr);
}

} // namespace tansiq::search
