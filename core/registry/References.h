#pragma once

#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace tansiq {

class Database;

// Existence checks the validators need, answered from the database with prepared statements.
class References {
public:
    explicit References(Database& db);
    ~References();
    References(const References&) = delete;
    References& operator=(const References&) = delete;

    std::optional<int> adminLevel(const QString& pcode) const; // nothing when unknown
    bool organisationExists(const QUuid& id) const; // live (not deleted) only
    bool sectorExists(const QUuid& id) const;
    std::optional<QUuid> sectorOfActivityType(const QUuid& id) const;
    bool projectExists(const QUuid& id) const;

    // While one lives, a reference found is remembered and not looked up again (a miss is
    // looked up every time). Only for a fill that inserts and never edits or deletes what it
    // refers to, inside one transaction of its own (the demo; decision 0118): nothing found can
    // disappear before the scope ends. Without it, every check asks the database.
    class Remembering {
    public:
        explicit Remembering(const References& references);
        ~Remembering();
        Remembering(const Remembering&) = delete;
        Remembering& operator=(const Remembering&) = delete;

    private:
        const References& m_references;
    };

private:
    struct Found; // what a Remembering scope has seen

    Database& m_db;
    mutable std::unique_ptr<Found> m_found; // only while remembering
};

} // namespace tansiq
