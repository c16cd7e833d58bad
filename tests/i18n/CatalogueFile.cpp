#include "tests/i18n/CatalogueFile.h"

#include <QFile>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace tansiq::test {

QList<CatalogueMessage> readCatalogue(const QString& path)
{
    QList<CatalogueMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    CatalogueMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation" && message.numerus) {
            messages << message; // its plural forms are all read
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = CatalogueMessage { context, QString(),
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {} };
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation" && !message.numerus) {
            message.translations << xml.readElementText();
            messages << message;
        } else if (name == u"numerusform") {
            message.translations << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(TANSIQ_SOURCE_DIR "/") + relative;
}

} // namespace tansiq::test
