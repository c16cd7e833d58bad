// Issue 12: a replica belongs to one office (docs/decisions/0049) and a poisoned batch stays
// alone (docs/decisions/0050). Each test is an attack that worked before those changes.

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/sync/Batch.h"
#include "core/sync/BoundedInflate.h"
#include "core/sync/Envelope.h"
#include "core/sync/SyncLimits.h"
#include "tests/core/sync/AdversarialSupport.h"

#include <QtEndian>

#include <sodium.h>
#include <sys/resource.h>
#include <zlib.h>

namespace tansiq::test {

class SyncTrustAttack : public SyncAdversarial {
protected:
    QByteArray craft(const QList<QByteArray>& batches, SimOffice& sender, SimOffice& to)
    {
        return sealedManifest(manifestFrom(sender, to, batches), batches, sender, to);
    }
    QList<sync::Batch> batchesIn(const QByteArray& bundleBytes, SimOffice& recipient)
    {
        auto content = sync::manifest::parse(open(bundleBytes, recipient));
        EXPECT_TRUE(content.ok());
        QList<sync::Batch> batches;
        for (const QByteArray& bytes : content->batches) {
            auto batch = sync::batch::parse(bytes);
            EXPECT_TRUE(batch.ok());
            batches << batch.value();
        }
        return batches;
    }
    // `batch` moved to sequence numbers [first, first + count - 1] of `replica`, claimed by
    // `office`, its payload replaced when `plain` is given, signed by `signer`.
    static sync::Batch forged(sync::Batch batch, const QByteArray& replica, const QUuid& office,
        quint64 first, const SimOffice& signer,
        const std::optional<QByteArray>& plain = std::nullopt)
    {
        const quint64 count = batch.header.lastSeq - batch.header.firstSeq + 1;
        batch.header.originReplica = replica;
        batch.header.originOffice = office;
        batch.header.firstSeq = first;
        batch.header.lastSeq = first + count - 1;
        if (plain) {
            batch.payload = qCompress(*plain, 3);
            batch.header.payloadSize = quint64(plain->size());
        }
        batch.headerBytes = sync::batch::encodeHeader(batch.header);
        sync::batch::resign(batch, signer.keys);
        return batch;
    }
    static QStringList alerts(SimOffice& at, const QString& kind)
    {
        QStringList details;
        Statement list(at.db().handle(), "SELECT detail FROM sync_alert WHERE kind = ?");
        list.bind(1, kind);
        while (list.step() == Statement::Step::Row)
            details << list.text(0);
        return details;
    }
};

// Issue 12, attack 2: F1 signs, with its own key, a batch claiming F2's replica at F2's next
// sequence number. Before: the head office applied it as F2's, relayed it, and F2 then refused
// every head-office bundle as a "restored database".
TEST_F(SyncTrustAttack, ABatchClaimingAnotherOfficesReplicaIsRefusedAloneAndTheVictimUnaffected)
{
    addOrganisations(f2(), 2);
    auto fromF2 = ho().import(bundle(f2(), ho()));
    ASSERT_TRUE(fromF2.ok()) << fromF2.errorText().toStdString();
    const QList<sync::Batch> f1Batches = batchesIn(bundle(f1(), ho()), ho());
    ASSERT_EQ(f1Batches.size(), 1);
    const sync::Batch& genuine = f1Batches.first();
    const QByteArray victimReplica = f2().context->replicaId();
    const sync::Batch squat = forged(genuine, victimReplica, f1().id(), 3, f1());

    auto attacked = ho().import(craft({ squat.bytes(), genuine.bytes() }, f1(), ho()));
    ASSERT_TRUE(attacked.ok()) << attacked.errorText().toStdString();
    EXPECT_EQ(attacked->applied, 3) << "F1's own batch is imported";
    const QStringList refused = alerts(ho(), QStringLiteral("batch-replica-of-another-office"));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(refused.first().contains(f1().name) && refused.first().contains(f2().name))
        << refused.first().toStdString();
    EXPECT_FALSE(attacked->warnings.isEmpty());

    // F2 is unaffected: its next changes reach the head office, and the head office's bundles
    // reach F2 (no "restored database").
    addOrganisations(f2(), 1);
    auto next = ho().import(bundle(f2(), ho()));
    ASSERT_TRUE(next.ok()) << next.errorText().toStdString();
    EXPECT_EQ(next->applied, 1);
    EXPECT_EQ(next->equivocations, 0);
    auto back = f2().import(bundle(ho(), f2()));
    ASSERT_TRUE(back.ok()) << back.errorText().toStdString();
    EXPECT_EQ(ho().stateHash(), f2().stateHash());
}

// The same squat sent straight to the victim: refused alone, not as a restored database.
TEST_F(SyncTrustAttack, ABatchClaimingTheRecipientsOwnReplicaIsRefusedAlone)
{
    addOrganisations(f2(), 1);
    const sync::Batch genuine = batchesIn(bundle(f1(), f2()), f2()).first();
    const sync::Batch squat = forged(genuine, f2().context->replicaId(), f1().id(), 2, f1());
    auto imported = f2().import(craft({ squat.bytes(), genuine.bytes() }, f1(), f2()));
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    EXPECT_EQ(imported->applied, 3);
    EXPECT_EQ(alerts(f2(), QStringLiteral("batch-replica-of-another-office")).size(), 1);
}

// Issue 12, attack 3: one bad relayed batch no longer sinks the whole head-office bundle.
TEST_F(SyncTrustAttack, ARelayedBatchWithAForgedSignatureIsRefusedAloneAndTheRestImports)
{
    addOrganisations(ho(), 2);
    const sync::Batch own = batchesIn(bundle(ho(), f2()), f2()).first();
    sync::Batch altered = batchesIn(bundle(f1(), ho()), ho()).first();
    altered.payload[altered.payload.size() / 2]
        = char(altered.payload.at(altered.payload.size() / 2) ^ 1);
    auto imported = f2().import(craft({ altered.bytes(), own.bytes() }, ho(), f2()));
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    EXPECT_EQ(imported->applied, 2);
    const QStringList refused = alerts(f2(), QStringLiteral("batch-bad-signature"));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(refused.first().contains(f1().name)) << refused.first().toStdString();
    EXPECT_EQ(f2().registry().organisations().list().size(), 2);
}

// Before: a relayed batch, signed by its origin but undecodable, waited in the backlog for its
// predecessor; once that arrived, every later head-office bundle failed on it.
TEST_F(SyncTrustAttack, ADamagedRelayedBatchNeverWaitsInTheBacklogToBlockLaterBundles)
{
    const sync::Batch first = batchesIn(bundle(f1(), ho()), ho()).first();
    const sync::Batch poisoned = forged(
        first, first.header.originReplica, f1().id(), 4, f1(), QByteArray("\x82\x80\x83", 3));
    auto early = f2().import(craft({ poisoned.bytes() }, ho(), f2()));
    ASSERT_TRUE(early.ok()) << early.errorText().toStdString();
    EXPECT_EQ(alerts(f2(), QStringLiteral("batch-damaged")).size(), 1);
    addOrganisations(ho(), 1);
    const sync::Batch own = batchesIn(bundle(ho(), f2()), f2()).first();
    auto later = f2().import(craft({ first.bytes(), own.bytes() }, ho(), f2()));
    ASSERT_TRUE(later.ok()) << later.errorText().toStdString();
    EXPECT_EQ(later->applied, 4);
    auto again = f2().import(bundle(ho(), f2()));
    EXPECT_TRUE(again.ok()) << again.errorText().toStdString();
}

namespace {

// A zlib stream of `size` zero bytes, produced without holding them.
QByteArray deflatedZeros(qint64 size)
{
    z_stream stream {};
    EXPECT_EQ(deflateInit(&stream, 9), Z_OK);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    char buffer[1 << 16];
    for (qint64 left = size; left >= 0; left -= zeros.size()) {
        const bool last = left <= zeros.size();
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
        stream.avail_in = uInt(last ? left : zeros.size());
        do {
            stream.next_out = reinterpret_cast<Bytef*>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
        if (last)
            break;
    }
    deflateEnd(&stream);
    return out;
}

long maxResidentKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

// A real bomb: 1 GiB of zeros in about 1 MB, declared as 4 KiB. The inflate stops at the
// declared size; before, qUncompress inflated all of it and only then compared the sizes.
TEST_F(SyncTrustAttack, ADecompressionBombStopsAtItsDeclaredSize)
{
    const QByteArray stream = deflatedZeros(qint64(1) << 30);
    ASSERT_LT(stream.size(), 2 << 20);
    EXPECT_FALSE(sync::inflateBounded(stream, 4096).has_value());
    const auto small = sync::inflateBounded(qCompress(QByteArray(5000, 'a')).mid(4), 5000);
    ASSERT_TRUE(small.has_value());
    EXPECT_EQ(*small, QByteArray(5000, 'a'));
    EXPECT_FALSE(sync::inflateBounded(qCompress(QByteArray(5000, 'a')).mid(4), 4999).has_value());
    EXPECT_FALSE(sync::inflateBounded(qCompress(QByteArray(5000, 'a')).mid(4), 5001).has_value());

    sync::Batch bomb = batchesIn(bundle(f1(), ho()), ho()).first();
    QByteArray payload(4, '\0');
    qToBigEndian<quint32>(4096, payload.data());
    bomb.payload = payload + stream;
    bomb.header.payloadSize = 4096;
    bomb.headerBytes = sync::batch::encodeHeader(bomb.header);
    sync::batch::resign(bomb, f1().keys);
    const long before = maxResidentKb();
    expectRefused(ho(), craft({ bomb.bytes() }, f1(), ho()), QStringLiteral("bundle-damaged"));
    // Memory, not time: the import never held the inflated gigabyte.
    EXPECT_LT(maxResidentKb() - before, 256L * 1024) << "the bomb was inflated";
}

// The per-import budget: batches that together declare more than it are refused before any
// of them is inflated.
TEST_F(SyncTrustAttack, BatchesDeclaringMoreThanTheImportBudgetAreRefused)
{
    const sync::Batch genuine = batchesIn(bundle(f1(), ho()), ho()).first();
    QList<QByteArray> batches;
    const quint64 each = quint64(sync::limits::kMaxBatchPayloadBytes);
    for (quint64 i = 0; i * each <= quint64(sync::limits::kMaxImportPayloadBytes); ++i) {
        sync::Batch big = genuine;
        big.header.payloadSize = each;
        big.header.firstSeq = 1 + 3 * i;
        big.header.lastSeq = 3 + 3 * i;
        big.headerBytes = sync::batch::encodeHeader(big.header);
        sync::batch::resign(big, f1().keys);
        batches << big.bytes();
    }
    const QString before = logicalDump(ho().db());
    auto imported = ho().import(craft(batches, f1(), ho()));
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.errorText().contains(QStringLiteral("1024 MiB")))
        << imported.errorText().toStdString();
    EXPECT_EQ(logicalDump(ho().db()), before);
}

// Issue 12, attack 4: a bundle found on a lost stick tells neither whom it is for nor who
// wrote it (envelope version 2: recipient entries without key ids, as in age).
TEST_F(SyncTrustAttack, ALostBundleNamesNeitherItsRecipientsNorItsSender)
{
    const QByteArray found = bundle(f1(), ho());
    EXPECT_EQ(found.at(8), char(2));
    for (SimOffice* office : { &ho(), &f1() }) {
        EXPECT_FALSE(found.contains(sync::envelope::keyId(office->keys.boxPublic)))
            << office->name.toStdString();
        EXPECT_FALSE(found.contains(office->keys.boxPublic));
        EXPECT_FALSE(found.contains(office->keys.signPublic));
        EXPECT_FALSE(found.contains(office->id().toRfc4122()));
    }
    // Two bundles to the same office share no bytes that would link them.
    const QByteArray other = bundle(f1(), ho());
    EXPECT_NE(found.mid(12, 80), other.mid(12, 80));
}

namespace {

// The version-1 envelope, as Tansiq wrote it before issue 12: each recipient entry begins
// with a key id (docs/formats/sync-bundle.md, changelog 2.0).
QByteArray sealVersion1(const QByteArray& plaintext, const QList<QByteArray>& recipients)
{
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    QByteArray header("TANSIQB\0", 8);
    header += char(1);
    header += char(0);
    header += char(recipients.size());
    header += char(0);
    for (const QByteArray& recipient : recipients) {
        QByteArray sealed(crypto_box_SEALBYTES + int(sizeof key), Qt::Uninitialized);
        crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), key, sizeof key,
            reinterpret_cast<const unsigned char*>(recipient.constData()));
        header += sync::envelope::keyId(recipient) + sealed;
    }
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char*>(streamHeader.data()), key);
    header += streamHeader;
    QByteArray out = header;
    const qsizetype chunk = sync::limits::kChunkBytes;
    const qsizetype chunks = qMax<qsizetype>(1, (plaintext.size() + chunk - 1) / chunk);
    for (qsizetype i = 0; i < chunks; ++i) {
        const qsizetype at = i * chunk;
        const qsizetype length = qMin(chunk, plaintext.size() - at);
        const qsizetype offset = out.size();
        out.resize(offset + length + crypto_secretstream_xchacha20poly1305_ABYTES);
        crypto_secretstream_xchacha20poly1305_push(&state,
            reinterpret_cast<unsigned char*>(out.data()) + offset, nullptr,
            reinterpret_cast<const unsigned char*>(plaintext.constData()) + at, quint64(length),
            i == 0 ? reinterpret_cast<const unsigned char*>(header.constData()) : nullptr,
            i == 0 ? quint64(header.size()) : 0,
            i == chunks - 1 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    }
    return out;
}

} // namespace

TEST_F(SyncTrustAttack, AVersion1BundleIsStillReadAndANewerOneIsRefusedByItsVersion)
{
    const QByteArray plain = open(bundle(f1(), ho()), ho());
    auto imported = ho().import(sealVersion1(plain, { ho().keys.boxPublic, f1().keys.boxPublic }));
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    EXPECT_EQ(imported->applied, 3);
    QByteArray newer = bundle(f1(), ho());
    newer[8] = 3;
    auto refused = ho().import(newer);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.issues().first().code, QStringLiteral("bundle-needs-newer"));
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("3")))
        << refused.errorText().toStdString();
}

} // namespace tansiq::test
