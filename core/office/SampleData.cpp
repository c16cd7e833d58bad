#include "core/office/SampleData.h"

#include "core/office/LocalOffice.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tansiq::sampledata {

namespace {
const QString kSampleKey = QStringLiteral("sample_data");
}

bool isSample(Database& db)
{
    return LocalOffice::setting(db, kSampleKey) == QLatin1String("1");
}

Status mark(Database& db)
{
    return LocalOffice::setSetting(db, kSampleKey, QStringLiteral("1"));
}

Issue exportRefused(const QString& path)
{
    return Issue::error(QStringLiteral("sample-data-export"),
        QCoreApplication::translate("tansiq::sampledata", "database"), path,
        QCoreApplication::translate("tansiq::sampledata",
            "“%1” holds sample data, made up to explore Tansiq: no bundle can "
            "be made from it, so invented activities never reach another "
            "office. Open the office's registry to exchange bundles.")
            .arg(path));
}

} // namespace tansiq::sampledata
