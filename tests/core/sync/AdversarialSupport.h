#pragma once

#include "core/sync/Manifest.h"
#include "tests/core/sync/SyncNetwork.h"
#include "tests/support/DatabaseDump.h"

#include <gtest/gtest.h>

namespace tansiq::test {

// A head office and two field offices; F1 has some organisations to send.
class SyncAdversarial : public ::testing::Test {
protected:
    SyncAdversarial();
    explicit SyncAdversarial(SimNetwork::Root root);

    SimOffice& ho() { return m_network.headOffice(); }
    SimOffice& f1() { return m_network.office(1); }
    SimOffice& f2() { return m_network.office(2); }
    SimNetwork& network() { return m_network; }

    // Creates `count` organisations at `office`; `noiseBytes` of random text per record makes
    // bundles span several 64 KiB chunks.
    QList<QUuid> addOrganisations(SimOffice& office, int count, int noiseBytes = 0);
    QByteArray bundle(SimOffice& from, SimOffice& to);
    // The decrypted plaintext of a bundle, as its recipient sees it.
    QByteArray open(const QByteArray& bundle, SimOffice& recipient);
    // A bundle built from any plaintext, encrypted to `to` (and `alsoTo`).
    QByteArray seal(const QByteArray& plaintext, SimOffice& to);
    QByteArray sealedManifest(const sync::Manifest& manifest, const QList<QByteArray>& batches,
        SimOffice& signer, SimOffice& to);
    sync::Manifest manifestFrom(SimOffice& sender, SimOffice& to, const QList<QByteArray>& batches);

    // Imports and expects a refusal with `code`, the database unchanged.
    void expectRefused(SimOffice& at, const QByteArray& bytes, const QString& code);

    static QByteArray flipBit(QByteArray bytes, qsizetype at);

private:
    SimNetwork m_network;
    int m_serial = 0;
};

// The same offices in a network rooted in a separate certification key (docs/decisions/0061).
class SyncCertified : public SyncAdversarial {
protected:
    SyncCertified() : SyncAdversarial(SimNetwork::Root::CertificationKey) { }
};

} // namespace tansiq::test
