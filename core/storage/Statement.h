#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace tansiq {

// A prepared SQLite statement. Values are always bound, never spliced into SQL. A statement
// that failed to prepare reports the failure from step() and run().
class Statement {
public:
    enum class Step { Row, Done, Error };

    Statement(sqlite3* db, const QByteArray& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bindNull(int index);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bind(int index, const QUuid& value); // 16 bytes, or NULL for a null uuid
    Statement& bind(int index, const QVariant& value); // null, integer, real, text or blob

    Step step();
    // Steps to the end; returns an error naming the SQLite failure.
    Status run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QUuid uuid(int column) const;
    QVariant value(int column) const;

    QString lastError() const { return m_error; }
    int lastErrorCode() const { return m_errorCode; }

private:
    void fail();

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace tansiq
