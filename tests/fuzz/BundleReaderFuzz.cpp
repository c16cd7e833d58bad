// libFuzzer target over everything that reads an untrusted bundle before the database is
// touched (sync.md case 22): the envelope (with a fixed recipient key, so decryptable inputs
// reach the inner layers), the manifest, the batch header and the operations payload.
// The first byte of an input chooses the layer. Built with clang -fsanitize=fuzzer,address,
// undefined and run briefly by ctest over tests/fixtures/sync/fuzz-corpus.
//
// TANSIQ_FUZZ_WRITE_CORPUS=DIR writes a seed corpus of valid inputs to DIR and exits.

#include "core/sync/Batch.h"
#include "core/sync/Envelope.h"
#include "core/sync/Manifest.h"
#include "core/sync/OfficeKeys.h"
#include "core/sync/Op.h"
#include "core/sync/OpCodec.h"

#include <QDir>
#include <QFile>

#include <cstdlib>
#include <sodium.h>

using namespace tansiq;
using namespace tansiq::sync;

namespace {

OfficeKeys fixedKeys()
{
    if (sodium_init() < 0)
        std::abort();
    OfficeKeys keys;
    keys.office = QUuid(QStringLiteral("{6f1d3c52-8a0e-4b8e-9a52-7e2f1c0d5a11}"));
    unsigned char seed[32] = { 7 };
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

const OfficeKeys& keys()
{
    static const OfficeKeys fixed = fixedKeys();
    return fixed;
}

void readLayers(char mode, const QByteArray& data)
{
    switch (mode % 5) {
    case 0: {
        const auto plain = envelope::open(data, keys(), nullptr);
        if (plain.ok())
            readLayers(1, plain.value());
        break;
    }
    case 1: {
        const auto content = manifest::parse(data);
        if (content.ok()) {
            (void)manifest::verify(content.value(), keys().signPublic);
            for (const QByteArray& batch : content->batches)
                readLayers(2, batch);
        }
        break;
    }
    case 2: {
        const auto batch = batch::parse(data);
        if (batch.ok()) {
            (void)batch::verify(batch.value(), keys().signPublic);
            (void)batch::decodeOps(batch.value());
        }
        break;
    }
    case 4: {
        // Sealing copies captured field maps without decoding them: it must stay in bounds.
        QByteArray out;
        opcodec::Dictionary dictionary;
        (void)opcodec::transcodeFields(out, data, &dictionary);
        break;
    }
    default: {
        // The operations payload alone, under a permissive header.
        Batch batch;
        batch.header.firstSeq = 1;
        batch.header.lastSeq = 1000;
        batch.header.maxHlc = ~quint64(0);
        batch.header.tables = { "organisation", "activity" };
        const QByteArray compressed = qCompress(data, 1);
        batch.header.payloadSize = quint64(data.size());
        batch.header.opCount = 1;
        batch.payload = compressed;
        (void)batch::decodeOps(batch);
        break;
    }
    }
}

void writeCorpus(const QString& dir)
{
    QDir().mkpath(dir);
    QList<Op> ops;
    for (int i = 0; i < 3; ++i) {
        Op op;
        op.tableName = "organisation";
        op.row = QUuid::createUuid();
        op.seq = quint64(i + 1);
        op.hlc = (quint64(1793491200000) << 16) + quint64(i);
        op.create = i < 2;
        op.createdAt = 1793491200000;
        op.fields = { { 1, QStringLiteral("ORG%1").arg(i) }, { 2, QStringLiteral("Name") },
            { 3, QStringLiteral("اسم") }, { 4, QStringLiteral("ingo") }, { 9, qint64(1) },
            { 10, QUuid::createUuid().toRfc4122() }, { 11, 2.5 }, { 12, QVariant() } };
        ops << op;
    }
    BatchHeader header;
    header.originOffice = keys().office;
    header.originReplica = QUuid::createUuid().toRfc4122();
    header.firstSeq = 1;
    header.lastSeq = 3;
    header.deps = { { QUuid::createUuid().toRfc4122(), 4 } };
    const Batch batch = batch::seal(header, ops, keys()).value();
    Manifest manifest;
    manifest.bundleId = crypto::randomBytes(16);
    manifest.sender = keys().office;
    manifest.recipients = { keys().office };
    manifest.have = { { header.originReplica, keys().office, 3 } };
    manifest.batches = { { quint64(batch.bytes().size()), crypto::hash(batch.bytes()) } };
    const QByteArray plain = manifest::build(manifest, { batch.bytes() }, keys());
    const QByteArray file = envelope::seal(plain, { keys().boxPublic }).value();
    const QByteArray payload = qUncompress(batch.payload);
    const QList<QPair<QString, QByteArray>> seeds = {
        { QStringLiteral("envelope"), QByteArray(1, 0) + file },
        { QStringLiteral("manifest"), QByteArray(1, 1) + plain },
        { QStringLiteral("batch"), QByteArray(1, 2) + batch.bytes() },
        { QStringLiteral("ops"), QByteArray(1, 3) + payload },
        { QStringLiteral("empty"), QByteArray(1, 0) },
        { QStringLiteral("captured-fields"),
            QByteArray(1, 4) + opcodec::encodeFields(ops.first().fields) },
    };
    for (const auto& [name, bytes] : seeds) {
        QFile out(QDir(dir).filePath(name));
        if (out.open(QIODevice::WriteOnly))
            out.write(bytes);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    const QByteArray dir = qgetenv("TANSIQ_FUZZ_WRITE_CORPUS");
    if (!dir.isEmpty()) {
        writeCorpus(QString::fromLocal8Bit(dir));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    readLayers(char(data[0]), input);
    return 0;
}
