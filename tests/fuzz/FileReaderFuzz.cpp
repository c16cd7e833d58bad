// libFuzzer target over the readers of partner files (issue 12: fuzzing every door): HXL 4W
// spreadsheets as CSV (text decoding, delimiter detection, RFC 4180 parsing) and as XLSX (zip,
// shared strings, worksheet XML), and COD-AB boundaries as GeoJSON. The first byte of an input
// chooses the reader. Built with clang -fsanitize=fuzzer,address,undefined (the readers
// instrumented, the rest of the core linked as built) and run briefly by ctest over
// tests/fixtures/fuzz/file-readers.
//
// TANSIQ_FUZZ_WRITE_CORPUS=DIR writes a seed corpus of valid inputs to DIR and exits.

#include "core/interop/CodAbGeoJson.h"
#include "core/interop/XlsxReader.h"
#include "core/io/CsvReader.h"
#include "core/io/TextDecoding.h"

#include <QDir>
#include <QFile>

#include <cstdlib>

using namespace tansiq;

namespace {

void read(char mode, const QByteArray& data)
{
    const QString what = QStringLiteral("fuzz");
    switch (quint8(mode) % 3) {
    case 0: {
        const auto text = decodeText(data, what, true);
        if (text.ok()) {
            (void)CsvReader::detectDelimiter(text->text);
            (void)CsvReader::parse(text->text, what);
        }
        break;
    }
    case 1:
        (void)interop::XlsxReader::read(data, what);
        break;
    default:
        (void)interop::parseCodAbGeoJson(data, what);
        break;
    }
}

void writeCorpus(const QString& dir)
{
    QDir().mkpath(dir);
    const QByteArray csv = "#org,#sector,#adm1+code,#reached\nSARC,health,SY01,\"1,200\"\n"
                           "\"Quoted \"\"name\"\"\",wash;food,SY02,30\r\n";
    const QByteArray geojson
        = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)"
          R"({"ADM1_PCODE":"SY01","ADM1_EN":"Damascus","ADM1_AR":"دمشق","valid_on":"2024-01-01"},)"
          R"("geometry":{"type":"Polygon","coordinates":[[[36.2,33.5],[36.4,33.5],[36.4,33.6],)"
          R"([36.2,33.5]]]}}]})";
    QList<QPair<QString, QByteArray>> seeds = {
        { QStringLiteral("csv"), QByteArray(1, 0) + csv },
        { QStringLiteral("csv-utf16"),
            QByteArray(1, 0) + QByteArray("\xff\xfe", 2)
                + QByteArray(reinterpret_cast<const char*>(QString::fromUtf8(csv).utf16()),
                    QString::fromUtf8(csv).size() * 2) },
        { QStringLiteral("geojson"), QByteArray(1, 2) + geojson },
    };
    const QByteArray xlsxPath = qgetenv("TANSIQ_FUZZ_XLSX_SEED");
    QFile xlsx(QString::fromLocal8Bit(xlsxPath));
    if (!xlsxPath.isEmpty() && xlsx.open(QIODevice::ReadOnly))
        seeds.append({ QStringLiteral("xlsx"), QByteArray(1, 1) + xlsx.readAll() });
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
    read(char(data[0]), QByteArray(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1));
    return 0;
}
