#include "tests/core/sync/AdversarialSupport.h"

#include "core/registry/Registry.h"
#include "core/sync/Envelope.h"

#include <QRandomGenerator>

namespace tansiq::test {

SyncAdversarial::SyncAdversarial() : SyncAdversarial(SimNetwork::Root::SelfRooted)
{
}

SyncAdversarial::SyncAdversarial(SimNetwork::Root root) : m_network(2, root)
{
    addOrganisations(f1(), 3);
}

QList<QUuid> SyncAdversarial::addOrganisations(SimOffice& office, int count, int noiseBytes)
{
    QList<QUuid> ids;
    QRandomGenerator random(quint32(1000 + m_serial));
    for (int i = 0; i < count; ++i) {
        Organisation org;
        ++m_serial;
        org.acronym = QStringLiteral("%1-%2").arg(office.name).arg(m_serial);
        org.nameEn = QStringLiteral("Organisation %1").arg(m_serial);
        org.nameAr = QStringLiteral("منظمة %1").arg(m_serial);
        QString noise;
        for (int b = 0; b < noiseBytes / 8; ++b)
            noise += QString::number(random.generate64(), 36).left(8);
        org.contactName = noise.left(480);
        org.nameEn += QLatin1Char(' ') + noise.mid(480, 480);
        auto created = office.registry().organisations().create(org);
        EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
        if (created.ok())
            ids << created.value();
    }
    return ids;
}

QByteArray SyncAdversarial::bundle(SimOffice& from, SimOffice& to)
{
    auto exported = from.exportTo(to);
    EXPECT_TRUE(exported.ok()) << exported.errorText().toStdString();
    return exported.ok() ? exported->bytes : QByteArray();
}

QByteArray SyncAdversarial::open(const QByteArray& bytes, SimOffice& recipient)
{
    auto plain = sync::envelope::open(bytes, recipient.keys, nullptr);
    EXPECT_TRUE(plain.ok()) << plain.errorText().toStdString();
    return plain.ok() ? plain.value() : QByteArray();
}

QByteArray SyncAdversarial::seal(const QByteArray& plaintext, SimOffice& to)
{
    auto sealed = sync::envelope::seal(plaintext, { to.keys.boxPublic });
    EXPECT_TRUE(sealed.ok());
    return sealed.ok() ? sealed.value() : QByteArray();
}

sync::Manifest SyncAdversarial::manifestFrom(
    SimOffice& sender, SimOffice& to, const QList<QByteArray>& batches)
{
    sync::Manifest manifest;
    manifest.bundleId = sync::crypto::randomBytes(16);
    manifest.sender = sender.id();
    manifest.recipients = { to.id(), sender.id() };
    manifest.createdAt = 1;
    for (const QByteArray& batch : batches)
        manifest.batches.append({ quint64(batch.size()), sync::crypto::hash(batch) });
    return manifest;
}

QByteArray SyncAdversarial::sealedManifest(const sync::Manifest& manifest,
    const QList<QByteArray>& batches, SimOffice& signer, SimOffice& to)
{
    return seal(sync::manifest::build(manifest, batches, signer.keys), to);
}

void SyncAdversarial::expectRefused(SimOffice& at, const QByteArray& bytes, const QString& code)
{
    const QString before = logicalDump(at.db());
    auto imported = at.import(bytes);
    ASSERT_FALSE(imported.ok()) << "the bundle was accepted";
    ASSERT_FALSE(imported.issues().isEmpty());
    EXPECT_EQ(imported.issues().first().code, code) << imported.errorText().toStdString();
    EXPECT_FALSE(imported.issues().first().message.isEmpty());
    EXPECT_EQ(logicalDump(at.db()), before) << "the refused bundle changed the database";
}

QByteArray SyncAdversarial::flipBit(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes.at(at) ^ 0x10);
    return bytes;
}

} // namespace tansiq::test
