#include "core/interop/HxlTag.h"

#include "core/interop/FourWColumns.h"

#include <gtest/gtest.h>

using namespace tansiq::interop;

TEST(HxlTag, ParsesCaseInsensitivelyInAnyAttributeOrder)
{
    const auto a = HxlTag::parse(QStringLiteral(" #Org +Name+IMPL "));
    const auto b = HxlTag::parse(QStringLiteral("#org+impl+name"));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(*a, *b);
    EXPECT_EQ(a->toString(), QStringLiteral("#org+impl+name"));
}

TEST(HxlTag, RefusesWhatIsNotAHashtag)
{
    EXPECT_FALSE(HxlTag::parse(QStringLiteral("Organisation")));
    EXPECT_FALSE(HxlTag::parse(QStringLiteral("#reached+2013"))); // attributes start with a letter
    EXPECT_FALSE(HxlTag::parse(QStringLiteral("#")));
    EXPECT_FALSE(HxlTag::parse(QStringLiteral("#1adm")));
    EXPECT_FALSE(HxlTag::parse(QStringLiteral("#not a tag"))); // spaces only around '+'
    EXPECT_TRUE(HxlTag::parse(QStringLiteral("#org +impl + name")));
    EXPECT_TRUE(HxlTag::parse(QStringLiteral("#reached+age_12_17")));
}

TEST(HxlTag, FindsTheHashtagRowUnderSeveralHeaderRows)
{
    const QList<QStringList> rows = {
        { QStringLiteral("4W Report — October"), {}, {} },
        { QStringLiteral("المحافظة"), QStringLiteral("الجهة المنفذة"),
            QStringLiteral("#not a tag row") },
        { QStringLiteral("Governorate"), QStringLiteral("Organisation"), QStringLiteral("Notes") },
        { QStringLiteral("#adm1+code"), QStringLiteral("#ORG+impl"), QString() },
        { QStringLiteral("SY01"), QStringLiteral("SARC"), QStringLiteral("#hashtag in data") },
    };
    EXPECT_EQ(findHashtagRow(rows), 3);
    EXPECT_EQ(findHashtagRow(rows, 3), std::nullopt); // only the first rows are searched
}

TEST(HxlTag, RecognisesTheVariantsPartnersUse)
{
    const auto field
        = [](const char* tag) { return fieldForTag(*HxlTag::parse(QString::fromLatin1(tag))); };
    EXPECT_EQ(field("#sector"), Field::SectorName);
    EXPECT_EQ(field("#sector+name"), Field::SectorName);
    EXPECT_EQ(field("#sector+cluster+code"), Field::SectorCode);
    EXPECT_EQ(field("#reached+f+adult"), Field::ReachedWomen);
    EXPECT_EQ(field("#reached+adults+m"), Field::ReachedMen);
    EXPECT_EQ(field("#reached+hh"), Field::Households);
    EXPECT_EQ(field("#adm3+pcode"), Field::Adm3Code);
    EXPECT_EQ(field("#adm3+name+i_ar"), Field::Adm3Name);
    EXPECT_EQ(field("#org"), Field::ImplOrgName);
    EXPECT_EQ(field("#org+donor"), Field::DonorName);
    // By sex, all ages (issue 15), and targeted by sex and age in any order.
    EXPECT_EQ(field("#reached+f"), Field::ReachedFemale);
    EXPECT_EQ(field("#reached+ind+m"), Field::ReachedMale);
    EXPECT_EQ(field("#targeted+f"), Field::TargetedFemale);
    EXPECT_EQ(field("#targeted+m+ind"), Field::TargetedMale);
    EXPECT_EQ(field("#targeted+ind"), Field::Targeted);
    // Targeted by sex and age is stored since schema 7 (decision 0064): each cell its field.
    EXPECT_EQ(field("#targeted+elderly+f"), Field::TargetedElderlyWomen);
    EXPECT_EQ(field("#targeted+f+children"), Field::TargetedGirls);
    EXPECT_EQ(field("#targeted+children+m+ind"), Field::TargetedBoys);
    EXPECT_EQ(field("#targeted+adult+f"), Field::TargetedWomen);
    EXPECT_EQ(field("#targeted+ind+adults+m"), Field::TargetedMen);
    EXPECT_EQ(field("#targeted+m+elderly"), Field::TargetedElderlyMen);
    EXPECT_EQ(field("#reached+elderly+ind+m"), Field::ReachedElderlyMen);
    EXPECT_EQ(field("#targeted+children"), std::nullopt);
    EXPECT_EQ(field("#reached+children+m+ind"), Field::ReachedBoys);
    EXPECT_EQ(field("#reached+f+m"), std::nullopt); // both sexes: the total is #reached+ind
    EXPECT_EQ(field("#reached+children"), std::nullopt); // an age without a sex is no 4W field
    EXPECT_EQ(field("#population+total"), std::nullopt);
}
