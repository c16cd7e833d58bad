#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tansiq::test {

// One message of a Qt Linguist catalogue (.ts): its translation, or its plural forms.
struct CatalogueMessage {
    QString context;
    QString source;
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

// Reads every message of a .ts file; fails the current test when it cannot.
QList<CatalogueMessage> readCatalogue(const QString& path);

QString sourcePath(const QString& relative); // a file of the source tree

} // namespace tansiq::test
