// sync.md adversarial cases 1-5 and 8: the file layer. Each refusal leaves the database as it was.

#include "core/sync/Envelope.h"
#include "tests/core/sync/AdversarialSupport.h"

#include <QtEndian>

namespace tansiq::test {
namespace {

constexpr qsizetype kCipherChunk = 65536 + 17;
qsizetype headerSize(int recipients)
{
    return 12 + recipients * 80 + 24; // envelope version 2: no key ids
}

// Case 1.
TEST_F(SyncAdversarial, Case01_EmptyTinyOrMalformedHeadersAreRefused)
{
    const QByteArray good = bundle(f1(), ho());
    expectRefused(ho(), QByteArray(), QStringLiteral("bundle-not-tansiq"));
    expectRefused(ho(), QByteArray(1, 'T'), QStringLiteral("bundle-not-tansiq"));
    QByteArray badMagic = good;
    badMagic[0] = 'X';
    expectRefused(ho(), badMagic, QStringLiteral("bundle-not-tansiq"));
    QByteArray newer = good;
    newer[8] = 3;
    expectRefused(ho(), newer, QStringLiteral("bundle-needs-newer"));
    QByteArray flags = good;
    flags[9] = 1;
    expectRefused(ho(), flags, QStringLiteral("bundle-damaged"));
    for (char count : { char(0), char(9), char(255) }) {
        QByteArray absurd = good;
        absurd[10] = count;
        expectRefused(ho(), absurd, QStringLiteral("bundle-damaged"));
    }
    expectRefused(ho(), good.left(20), QStringLiteral("bundle-damaged"));
}

// Case 2.
TEST_F(SyncAdversarial, Case02_TruncatedOrExtendedFilesAreRefused)
{
    addOrganisations(f1(), 200, 960); // about 200 KiB: several chunks
    const QByteArray good = bundle(f1(), ho());
    const qsizetype body = headerSize(2);
    ASSERT_GT(good.size(), body + 2 * kCipherChunk);
    expectRefused(ho(), good.left(body + kCipherChunk), QStringLiteral("bundle-damaged"));
    expectRefused(ho(), good.left(body + 2 * kCipherChunk), QStringLiteral("bundle-damaged"));
    expectRefused(ho(), good.left(body + 1000), QStringLiteral("bundle-damaged"));
    expectRefused(ho(), good.left(good.size() - 1), QStringLiteral("bundle-damaged"));
    expectRefused(ho(), good.left(body), QStringLiteral("bundle-damaged"));
    expectRefused(ho(), good + QByteArray(1, '\0'), QStringLiteral("bundle-damaged"));
    expectRefused(ho(), good + good.mid(body, 100), QStringLiteral("bundle-damaged"));
    EXPECT_TRUE(ho().import(good).ok()); // the intact file still imports
}

// Case 3.
TEST_F(SyncAdversarial, Case03_AFlippedBitAnywhereIsRefused)
{
    addOrganisations(f1(), 200, 960);
    const QByteArray good = bundle(f1(), ho());
    const qsizetype body = headerSize(2);
    // Header: the sealed file key of each recipient, the stream header. The entries name no
    // one, so a damaged entry of the reader's own reads as "not for this office".
    expectRefused(ho(), flipBit(good, 12 + 5), QStringLiteral("bundle-not-for-us"));
    for (qsizetype at : { qsizetype(12 + 80 + 40), body - 3 })
        expectRefused(ho(), flipBit(good, at), QStringLiteral("bundle-damaged"));
    // Every chunk, including the last.
    for (qsizetype at = body + 10; at < good.size(); at += kCipherChunk)
        expectRefused(ho(), flipBit(good, at), QStringLiteral("bundle-damaged"));
    expectRefused(ho(), flipBit(good, good.size() - 1), QStringLiteral("bundle-damaged"));
    // The sender's signature (inside the encryption): re-encrypted with one bit changed.
    QByteArray plain = open(good, ho());
    const quint32 manifestLength = qFromBigEndian<quint32>(plain.constData());
    expectRefused(
        ho(), seal(flipBit(plain, 4 + manifestLength + 7), ho()), QStringLiteral("bundle-damaged"));
}

// Case 4.
TEST_F(SyncAdversarial, Case04_ChunksSwappedDuplicatedOrDroppedAreRefused)
{
    addOrganisations(f1(), 200, 960);
    const QByteArray good = bundle(f1(), ho());
    const qsizetype body = headerSize(2);
    const QByteArray header = good.left(body);
    const QByteArray c0 = good.mid(body, kCipherChunk);
    const QByteArray c1 = good.mid(body + kCipherChunk, kCipherChunk);
    const QByteArray rest = good.mid(body + 2 * kCipherChunk);
    expectRefused(ho(), header + c1 + c0 + rest, QStringLiteral("bundle-damaged"));
    expectRefused(ho(), header + c0 + c0 + c1 + rest, QStringLiteral("bundle-damaged"));
    expectRefused(ho(), header + c0 + rest, QStringLiteral("bundle-damaged"));
    expectRefused(ho(), header + c0 + c1 + rest + rest, QStringLiteral("bundle-damaged"));
}

// Case 5.
TEST_F(SyncAdversarial, Case05_BundleForAnotherOfficeOrEditedRecipientsIsRefused)
{
    const QByteArray good = bundle(f1(), ho());
    expectRefused(f2(), good, QStringLiteral("bundle-not-for-us"));
    // The recipients' entries swapped: still for HO (entries are tried in turn), but the
    // header is authenticated, so the body no longer opens.
    QByteArray swapped = good;
    swapped.replace(12, 80, good.mid(12 + 80, 80));
    swapped.replace(12 + 80, 80, good.mid(12, 80));
    expectRefused(ho(), swapped, QStringLiteral("bundle-damaged"));
    // A legitimate recipient re-encrypting the content for a third office.
    expectRefused(f2(), seal(open(good, ho()), f2()), QStringLiteral("bundle-not-for-us"));
}

// Case 8.
TEST_F(SyncAdversarial, Case08_TheSameBundleTwiceChangesNothing)
{
    const QByteArray good = bundle(f1(), ho());
    auto first = ho().import(good);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->applied, 3);
    const QString after = logicalDump(ho().db());
    const QByteArray copy = good; // the same file under any other name is the same bytes
    auto second = ho().import(copy);
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->alreadyImported);
    EXPECT_EQ(logicalDump(ho().db()), after);
}

} // namespace
} // namespace tansiq::test
