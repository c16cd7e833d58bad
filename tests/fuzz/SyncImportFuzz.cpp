// libFuzzer target over every door of sync that writes to the database (issue 12,
// docs/decisions/0063): the whole import path, the batch applier and the enrolment files. Each
// input is imported into a fresh copy of one office's database ("me", enrolled in a network
// rooted in a certification key, with a head office and a field office F1 whose keys the harness
// holds, and one retired head-office key), so an input can never depend on what an earlier one
// left. The first byte chooses the door:
//   0  a bundle file, imported as it is (the full envelope, manifest, batches, applier);
//   1  a bundle plaintext (manifest, signature, batches), sealed to me by the harness;
//   2  an operations payload: the harness puts it in a batch from F1 (op count from the next
//      byte), signs it, wraps it in a bundle from F1 and imports it: fuzzed operations reach
//      the batch applier and the merger;
//   3  an enrolment request, read as the head office reads it;
//   4  an enrolment answer body, sealed to me by the harness (format 3), read and accepted.
// TANSIQ_FUZZ_DOOR=import (0, 1), applier (2) or enrolment (3, 4) pins a run to its doors: the
// first byte then only chooses within them. Built by tests/CMakeLists.txt (fuzz_sync_import,
// core/sync instrumented with clang); ctest -L fuzz runs each door briefly over its corpus in
// tests/fixtures/fuzz/sync-import/<door>.
//
// TANSIQ_FUZZ_WRITE_CORPUS=DIR writes a seed corpus of valid inputs to DIR/<door> and exits.

#include "core/common/Clock.h"
#include "core/office/LocalOffice.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Batch.h"
#include "core/sync/CertificationKey.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Envelope.h"
#include "core/sync/HybridClock.h"
#include "core/sync/Importer.h"
#include "core/sync/Manifest.h"
#include "core/sync/OpCodec.h"
#include "core/sync/Roster.h"
#include "core/sync/SyncContext.h"
#include "core/workspace/Workspace.h"

#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <sodium.h>

using namespace tansiq;
using namespace tansiq::sync;

namespace {

constexpr qint64 kNow = 1793491200000;

OfficeKeys seeded(const char* id, unsigned char seedByte)
{
    if (sodium_init() < 0)
        std::abort();
    OfficeKeys keys;
    keys.office = QUuid(QString::fromLatin1(id));
    unsigned char seed[32] = { seedByte };
    keys.signPublic.resize(32);
    keys.signSecret.resize(64);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(keys.signPublic.data()),
        reinterpret_cast<unsigned char*>(keys.signSecret.data()), seed);
    keys.boxPublic.resize(32);
    keys.boxSecret.resize(32);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(keys.boxPublic.data()),
        reinterpret_cast<unsigned char*>(keys.boxSecret.data()), seed);
    return keys;
}

CertificationKey seededRoot()
{
    const OfficeKeys keys = seeded("{0b6a3c52-8a0e-4b8e-9a52-7e2f1c0d5a00}", 9);
    return CertificationKey(keys); // a key from a fixed seed, used as the certification key
}

struct Fixture {
    CertificationKey root = seededRoot();
    OfficeKeys retired = seeded("{0b6a3c52-8a0e-4b8e-9a52-7e2f1c0d5a01}", 4);
    OfficeKeys head = seeded("{0b6a3c52-8a0e-4b8e-9a52-7e2f1c0d5a01}", 1);
    OfficeKeys field = seeded("{0b6a3c52-8a0e-4b8e-9a52-7e2f1c0d5a02}", 2);
    OfficeKeys me;
    QTemporaryDir dir;
    QString pristine;
    QByteArray fieldReplica = QByteArray(16, '\x42');
    FixedClock clock { kNow };
    std::vector<OfficeEntry> entries;
};

OfficeEntry entryFor(
    const OfficeKeys& keys, const QString& name, bool head, const CertificationKey& root)
{
    OfficeEntry entry { keys.office, name, head, keys.signPublic, keys.boxPublic, 2, {}, false };
    entry.certificate = certs::issue(entry, root);
    return entry;
}

Workspace::Options options()
{
    Workspace::Options options;
    options.seedGazetteer = false;
    options.safetyBackups = false; // thousands of imports: no backup copies
    return options;
}

Fixture& fixture()
{
    static Fixture* f = [] {
        auto* made = new Fixture;
        made->pristine = QDir(made->dir.path()).filePath(QStringLiteral("pristine.db"));
        auto workspace = Workspace::open(made->pristine, made->clock, options());
        if (!workspace.ok())
            std::abort();
        Database& db = workspace.value()->database();
        made->me = seeded(qPrintable(LocalOffice::setting(db, QStringLiteral("office_id"))), 3);
        Roster roster(db);
        (void)roster.setRoot(made->head.office, made->root.publicKey());
        made->entries = { entryFor(made->head, QStringLiteral("HO"), true, made->root),
            entryFor(made->field, QStringLiteral("F1"), false, made->root),
            entryFor(made->me, QStringLiteral("Me"), false, made->root) };
        for (const OfficeEntry& entry : made->entries)
            (void)roster.put(entry);
        // The head office's previous everyday key, retired up to seq 5 of a replica of its own.
        Revocations list;
        list.version = 1;
        list.keys = { RetiredKey {
            made->head.office, made->retired.signPublic, { { QByteArray(16, '\x21'), 5 } } } };
        list.bytes = certs::signRevocations(1, {}, kNow, made->root, list.keys);
        const Result<Revocations> verified
            = certs::verifyRevocations(list.bytes, made->root.publicKey());
        if (!verified.ok() || !roster.applyRevocations(verified.value()).ok())
            std::abort();
        (void)db.execScript("PRAGMA wal_checkpoint(TRUNCATE)");
        return made;
    }();
    return *f;
}

// A fresh copy of the pristine database for one input.
std::unique_ptr<Workspace> freshCopy()
{
    Fixture& f = fixture();
    const QString path = QDir(f.dir.path()).filePath(QStringLiteral("work.db"));
    for (const char* suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QString::fromLatin1(suffix));
    if (!QFile::copy(f.pristine, path))
        std::abort();
    Workspace::Options reopen = options();
    reopen.createIfMissing = false;
    auto workspace = Workspace::open(path, f.clock, reopen);
    if (!workspace.ok())
        std::abort();
    return std::move(workspace.value());
}

void importInto(const QByteArray& file)
{
    std::unique_ptr<Workspace> workspace = freshCopy();
    SyncContext context(workspace->registry(), fixture().clock);
    Importer importer(context);
    (void)importer.run(file, fixture().me);
}

QByteArray bundleFromField(const QList<QByteArray>& batches)
{
    Fixture& f = fixture();
    Manifest manifest;
    manifest.bundleId = QByteArray(16, '\x07');
    manifest.sender = f.field.office;
    manifest.recipients = { f.me.office, f.field.office };
    manifest.createdAt = kNow;
    for (const QByteArray& batch : batches)
        manifest.batches.append({ quint64(batch.size()), crypto::hash(batch) });
    return manifest::build(manifest, batches, f.field);
}

QByteArray sealToMe(const QByteArray& plaintext)
{
    const auto sealed = envelope::seal(plaintext, { fixture().me.boxPublic });
    return sealed.ok() ? sealed.value() : QByteArray();
}

QByteArray batchOfPayload(quint8 opCount, const QByteArray& plain)
{
    Fixture& f = fixture();
    Batch batch;
    batch.header.originOffice = f.field.office;
    batch.header.originReplica = f.fieldReplica;
    batch.header.firstSeq = 1;
    batch.header.lastSeq = 1000;
    batch.header.maxHlc = HybridClock::fromMillis(kNow) | 0xFFFF;
    batch.header.opCount = opCount;
    batch.header.tables = { "organisation", "activity", "project", "need" };
    batch.header.payloadSize = quint64(plain.size());
    batch.headerBytes = batch::encodeHeader(batch.header);
    batch.payload = qCompress(plain, 1);
    batch::resign(batch, f.field);
    return batch.bytes();
}

QByteArray answerBody()
{
    Fixture& f = fixture();
    QByteArray body;
    QCborStreamWriter out(&body);
    out.startArray(4);
    out.append(f.root.publicKey());
    out.append(f.entries.at(2).certificate);
    out.startArray(qsizetype(f.entries.size()));
    for (const OfficeEntry& entry : f.entries)
        out.append(entry.certificate);
    out.endArray();
    out.append(certs::signRevocations(
        1, { QUuid(QStringLiteral("{0b6a3c52-8a0e-4b8e-9a52-7e2f1c0d5a09}")) }, kNow, f.root));
    out.endArray();
    return body;
}

// Which doors this run may use (TANSIQ_FUZZ_DOOR), as (first mode, number of modes).
std::pair<quint8, quint8> doors()
{
    static const std::pair<quint8, quint8> chosen = [] {
        const QByteArray door = qgetenv("TANSIQ_FUZZ_DOOR");
        if (door == "import")
            return std::pair<quint8, quint8> { 0, 2 };
        if (door == "applier")
            return std::pair<quint8, quint8> { 2, 1 };
        if (door == "enrolment")
            return std::pair<quint8, quint8> { 3, 2 };
        return std::pair<quint8, quint8> { 0, 5 };
    }();
    return chosen;
}

void run(char mode, const QByteArray& data)
{
    const auto [first, count] = doors();
    switch (first + quint8(mode) % count) {
    case 0:
        importInto(data);
        break;
    case 1:
        importInto(sealToMe(data));
        break;
    case 2:
        if (!data.isEmpty())
            importInto(
                sealToMe(bundleFromField({ batchOfPayload(quint8(data.at(0)), data.mid(1)) })));
        break;
    case 3: {
        const auto entry = enrolment::readRequest(data);
        if (entry.ok())
            (void)entry->fingerprint();
        break;
    }
    default: {
        const QByteArray answer
            = "TANSIQ-ENROL-ANSWER-3\n" + crypto::sealTo(data, fixture().me.boxPublic);
        const auto head = enrolment::readAnswer(answer, fixture().me);
        if (head.ok()) {
            std::unique_ptr<Workspace> workspace = freshCopy();
            (void)enrolment::accept(
                workspace->database(), fixture().me, answer, head->rootFingerprint);
        }
        break;
    }
    }
}

QByteArray opsPayload()
{
    QList<Op> ops;
    for (int i = 0; i < 3; ++i) {
        Op op;
        op.tableName = "organisation";
        op.row = QUuid(QStringLiteral("{0b6a3c52-8a0e-4b8e-9a52-7e2f1c0d5a1%1}").arg(i));
        op.seq = quint64(i + 1);
        op.hlc = HybridClock::fromMillis(kNow - 1000) + quint64(i);
        op.create = i < 2;
        op.createdAt = kNow - 1000;
        op.fields
            = { { 1, QStringLiteral("ORG%1").arg(i) }, { 2, QStringLiteral("Name %1").arg(i) },
                  { 3, QStringLiteral("اسم") }, { 4, QStringLiteral("ingo") } };
        ops << op;
    }
    BatchHeader header;
    header.originOffice = fixture().field.office;
    header.originReplica = fixture().fieldReplica;
    header.firstSeq = 1;
    header.lastSeq = 3;
    const auto sealed = batch::seal(header, ops, fixture().field);
    if (!sealed.ok())
        std::abort();
    return sealed->bytes();
}

void writeCorpus(const QString& dir)
{
    const QByteArray batch = opsPayload();
    const QByteArray plain = bundleFromField({ batch });
    const auto parsed = batch::parse(batch);
    const QByteArray payload = qUncompress(parsed->payload);
    // A head-office bundle signed with the retired key (refused whole, with an alert).
    Manifest stolen;
    stolen.bundleId = QByteArray(16, '\x08');
    stolen.sender = fixture().head.office;
    stolen.recipients = { fixture().me.office, fixture().head.office };
    stolen.createdAt = kNow;
    const QByteArray retiredBundle = manifest::build(stolen, {}, fixture().retired);
    struct Seed {
        const char* door;
        const char* name;
        QByteArray bytes;
    };
    const QList<Seed> seeds = {
        { "import", "bundle", QByteArray(1, 0) + sealToMe(plain) },
        { "import", "plaintext", QByteArray(1, 1) + plain },
        { "import", "retired-key", QByteArray(1, 1) + retiredBundle },
        { "applier", "ops", QByteArray(1, 0) + char(3) + payload },
        { "enrolment", "request",
            QByteArray(1, 0) + enrolment::request(fixture().field, QStringLiteral("F1")) },
        { "enrolment", "answer", QByteArray(1, 1) + answerBody() },
    };
    for (const Seed& seed : seeds) {
        const QString folder = QDir(dir).filePath(QString::fromLatin1(seed.door));
        QDir().mkpath(folder);
        QFile out(QDir(folder).filePath(QString::fromLatin1(seed.name)));
        if (out.open(QIODevice::WriteOnly))
            out.write(seed.bytes);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    (void)app;
    const QByteArray dir = qgetenv("TANSIQ_FUZZ_WRITE_CORPUS");
    if (!dir.isEmpty()) {
        writeCorpus(QString::fromLocal8Bit(dir));
        std::exit(0);
    }
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    run(char(data[0]), QByteArray(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1));
    return 0;
}
