// sync.md adversarial cases 6, 7, 18, 21 and 23: senders, signatures, versions, limits.

#include "core/registry/Registry.h"
#include "core/sync/Batch.h"
#include "core/sync/Enrolment.h"
#include "core/sync/SyncStore.h"
#include "tests/core/sync/AdversarialSupport.h"

#include <QCborStreamWriter>

namespace tansiq::test {

class SyncBatchAttack : public SyncAdversarial {
protected:
    // A bundle from `sender` carrying `batches`, signed by `signer`.
    QByteArray craft(
        const QList<QByteArray>& batches, SimOffice& sender, SimOffice& signer, SimOffice& to)
    {
        return sealedManifest(manifestFrom(sender, to, batches), batches, signer, to);
    }
    sync::Batch firstBatch()
    {
        auto content = sync::manifest::parse(open(bundle(f1(), ho()), ho()));
        EXPECT_TRUE(content.ok());
        auto batch = sync::batch::parse(content->batches.value(0));
        EXPECT_TRUE(batch.ok());
        return batch.value();
    }
    sync::Batch withPayload(sync::Batch batch, const QByteArray& plain)
    {
        batch.payload = qCompress(plain, 3);
        batch.header.payloadSize = quint64(plain.size());
        batch.headerBytes = sync::batch::encodeHeader(batch.header);
        sync::batch::resign(batch, f1().keys);
        return batch;
    }
};

// Case 6.
TEST_F(SyncBatchAttack, Case06_UnknownRevokedOrImpersonatedSenderIsRefused)
{
    SimOffice& stranger = network().addUnenrolled(QStringLiteral("Stranger"));
    addOrganisations(stranger, 1);
    expectRefused(ho(), bundle(stranger, ho()), QStringLiteral("bundle-unknown-sender"));

    // The sender field says F2 but F1 signed; says F1 but an outsider signed.
    const sync::Batch batch = firstBatch();
    expectRefused(
        ho(), craft({ batch.bytes() }, f2(), f1(), ho()), QStringLiteral("bundle-damaged"));
    expectRefused(
        ho(), craft({ batch.bytes() }, f1(), stranger, ho()), QStringLiteral("bundle-damaged"));

    addOrganisations(f2(), 1);
    const QByteArray fromF2 = bundle(f2(), ho());
    ASSERT_TRUE(sync::enrolment::revoke(ho().db(), ho().keys, f2().id(), 5).ok());
    expectRefused(ho(), fromF2, QStringLiteral("bundle-revoked-sender"));
}

// Case 7. Since issue 12 such a batch is refused alone, with an alert naming its origin; the
// rest of the bundle imports (docs/decisions/0050).
TEST_F(SyncBatchAttack, Case07_ARelayedBatchAlteredOrResignedByTheRelayIsRefused)
{
    sync::Batch batch = firstBatch();
    // HO relays F1's batch to F2 with one byte of the payload changed.
    sync::Batch altered = batch;
    altered.payload[altered.payload.size() / 2]
        = char(altered.payload.at(altered.payload.size() / 2) ^ 1);
    // HO re-signs F1's batch with its own key.
    sync::Batch resigned = batch;
    sync::batch::resign(resigned, ho().keys);
    for (const sync::Batch& bad : { altered, resigned }) {
        auto refused = f2().import(craft({ bad.bytes() }, ho(), ho(), f2()));
        ASSERT_TRUE(refused.ok()) << refused.errorText().toStdString();
        EXPECT_EQ(refused->applied, 0);
        EXPECT_EQ(refused->refusedBatches, 1);
    }
    EXPECT_TRUE(f2().registry().organisations().list().isEmpty());
    // Unchanged, the relayed batch is accepted.
    auto relayed = f2().import(craft({ batch.bytes() }, ho(), ho(), f2()));
    ASSERT_TRUE(relayed.ok()) << relayed.errorText().toStdString();
    EXPECT_EQ(relayed->applied, 3);
}

// Case 18.
TEST_F(SyncBatchAttack, Case18_NewerMajorWaitsForAnUpdateNewerMinorKeepsWhatItKnows)
{
    sync::Batch batch = firstBatch();
    sync::Batch major = batch;
    major.header.major = 2;
    major.headerBytes = sync::batch::encodeHeader(major.header);
    sync::batch::resign(major, f1().keys);
    expectRefused(
        ho(), craft({ major.bytes() }, f1(), f1(), ho()), QStringLiteral("bundle-needs-newer"));

    sync::Manifest newer = manifestFrom(f1(), ho(), {});
    newer.major = 2;
    expectRefused(
        ho(), sealedManifest(newer, {}, f1(), ho()), QStringLiteral("bundle-needs-newer"));

    // A newer minor version: an unknown table and an unknown field ride along.
    QByteArray plain;
    {
        QByteArray dict, ops;
        QCborStreamWriter d(&dict);
        d.startArray(0);
        d.endArray();
        QCborStreamWriter o(&ops);
        o.startArray(2);
        o.startArray(6);
        o.append(quint64(0)); // organisation
        o.append(QUuid::createUuid().toRfc4122());
        o.append(quint64(1));
        o.append(qint64(batch.header.maxHlc));
        o.append(true);
        o.startMap(10);
        o.append(quint64(1));
        o.append(QStringLiteral("NEW"));
        o.append(quint64(2));
        o.append(QStringLiteral("New organisation"));
        o.append(quint64(3));
        o.append(QStringLiteral("منظمة جديدة"));
        o.append(quint64(4));
        o.append(QStringLiteral("ingo"));
        for (quint64 field = 5; field <= 8; ++field) {
            o.append(field);
            o.append(QString());
        }
        o.append(quint64(9));
        o.append(qint64(1));
        o.append(quint64(900));
        o.append(QStringLiteral("a field from a later version"));
        o.endMap();
        o.endArray();
        o.startArray(6);
        o.append(quint64(1)); // a table this version does not know
        o.append(QUuid::createUuid().toRfc4122());
        o.append(quint64(1));
        o.append(qint64(0));
        o.append(true);
        o.startMap(0);
        o.endMap();
        o.endArray();
        o.endArray();
        plain = QByteArray("\x82", 1) + dict + ops;
    }
    sync::Batch minor = batch;
    minor.header.minor = 3;
    minor.header.lastSeq = 2;
    minor.header.opCount = 2;
    minor.header.tables = { "organisation", "complementary_mark" };
    minor = withPayload(minor, plain);
    auto imported = ho().import(craft({ minor.bytes() }, f1(), f1(), ho()));
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    EXPECT_EQ(imported->applied, 1);
    EXPECT_EQ(imported->unknownOps, 1);
    EXPECT_EQ(ho().registry().organisations().list().size(), 1);
}

// Case 21.
TEST_F(SyncBatchAttack, Case21_HugeCountsAndMalformedCborAreRefusedBeforeAllocating)
{
    sync::Batch batch = firstBatch();
    sync::Batch huge = batch;
    huge.header.opCount = 10'000'000;
    huge.header.lastSeq = 10'000'000;
    huge.headerBytes = sync::batch::encodeHeader(huge.header);
    sync::batch::resign(huge, f1().keys);
    expectRefused(
        ho(), craft({ huge.bytes() }, f1(), f1(), ho()), QStringLiteral("bundle-damaged"));

    // A payload claiming a gigabyte once decompressed.
    sync::Batch bomb = batch;
    bomb.header.payloadSize = quint64(1) << 30;
    bomb.headerBytes = sync::batch::encodeHeader(bomb.header);
    sync::batch::resign(bomb, f1().keys);
    expectRefused(
        ho(), craft({ bomb.bytes() }, f1(), f1(), ho()), QStringLiteral("bundle-damaged"));

    // Deep nesting where a value belongs, and an indefinite-length array.
    QByteArray deep = QByteArray("\x82\x80\x81\x86\x00\x50", 6) + QByteArray(16, 'x')
        + QByteArray("\x01\x01\xf5\xa1\x01", 5) + QByteArray(100000, '\x81') + '\x01';
    sync::Batch nested = batch;
    nested.header.opCount = 1;
    nested.header.lastSeq = nested.header.firstSeq;
    expectRefused(ho(), craft({ withPayload(nested, deep).bytes() }, f1(), f1(), ho()),
        QStringLiteral("bundle-damaged"));
    const QByteArray indefinite = QByteArray("\x82\x9f\xff\x80", 4);
    expectRefused(ho(), craft({ withPayload(nested, indefinite).bytes() }, f1(), f1(), ho()),
        QStringLiteral("bundle-damaged"));

    // A manifest that claims to be 4 GiB long.
    QByteArray plain = open(bundle(f1(), ho()), ho());
    plain.replace(0, 4, QByteArray("\xff\xff\xff\xff", 4));
    expectRefused(ho(), seal(plain, ho()), QStringLiteral("bundle-damaged"));
}

// Case 23.
TEST_F(SyncBatchAttack, Case23_ARawSqliteChangesetSmuggledInIsNeverApplied)
{
    // An INSERT into organisation in SQLite's changeset format ('T', columns, pk flags, name,
    // then SQLITE_INSERT with values).
    QByteArray changeset("T\x0e\x01", 3);
    changeset += QByteArray(13, '\0') + "organisation" + '\0';
    changeset += QByteArray("\x12\x00\x04\x10", 4) + QByteArray(16, 'A');
    expectRefused(ho(), changeset, QStringLiteral("bundle-not-tansiq"));
    expectRefused(ho(), seal(changeset, ho()), QStringLiteral("bundle-damaged"));
    sync::Batch batch = firstBatch();
    expectRefused(ho(), craft({ withPayload(batch, changeset).bytes() }, f1(), f1(), ho()),
        QStringLiteral("bundle-damaged"));
    expectRefused(ho(), craft({ changeset }, f1(), f1(), ho()), QStringLiteral("bundle-damaged"));
}

} // namespace tansiq::test
