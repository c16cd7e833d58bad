#pragma once

#include <QString>
#include <QUuid>

#include <optional>

namespace tansiq {

class Database;

// Existence checks the validators need, answered from the database with prepared statements.
class References {
public:
    explicit References(Database& db) : m_db(db) { }

    std::optional<int> adminLevel(const QString& pcode) const; // nothing when unknown
    bool organisationExists(const QUuid& id) const; // live (not deleted) only
    bool sectorExists(const QUuid& id) const;
    std::optional<QUuid> sectorOfActivityType(const QUuid& id) const;
    bool projectExists(const QUuid& id) const;

private:
    Database& m_db;
};

} // namespace tansiq
