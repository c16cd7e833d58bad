#include "core/demo/DemoCatalog.h"

#include <QHash>

namespace tansiq::demo {

const QList<DemoOrganisation>& organisations()
{
    static const QList<DemoOrganisation> list = {
        { "UNCRF", "UN Common Relief Fund", "صندوق الأمم المتحدة المشترك للإغاثة", "un", "",
            "FSL SHL WASH LOG" },
        { "UNFSP", "UN Food Security Programme", "برنامج الأمم المتحدة للأمن الغذائي", "un", "",
            "FSL NUT" },
        { "UNCEA", "UN Children's Emergency Agency", "وكالة الأمم المتحدة لطوارئ الأطفال", "un", "",
            "EDU NUT WASH PRT" },
        { "UNSHA", "UN Shelter Agency", "وكالة الأمم المتحدة للمأوى", "un", "", "SHL CCCM PRT" },
        { "UNHSP", "UN Health Support Programme", "برنامج الأمم المتحدة للدعم الصحي", "un", "",
            "HLT NUT" },
        { "GRA", "Global Relief Alliance", "التحالف العالمي للإغاثة", "ingo", "SY09 SY08 SY11",
            "FSL SHL WASH" },
        { "HFW", "Hope for the World", "الأمل من أجل العالم", "ingo", "SY02 SY07 SY09",
            "EDU PRT ERL" },
        { "NWC", "Northern Water Consortium", "الاتحاد الشمالي للمياه", "ingo", "SY08 SY11 SY09",
            "WASH" },
        { "MAI", "Medical Aid International", "المساعدة الطبية الدولية", "ingo", "SY09 SY08 SY02",
            "HLT NUT" },
        { "CFR", "Children First Relief", "إغاثة الأطفال أولاً", "ingo", "SY09 SY11 SY04",
            "EDU PRT NUT" },
        { "ERN", "Emergency Response Network", "شبكة الاستجابة الطارئة", "ingo", "",
            "SHL WASH FSL CCCM" },
        { "SHI", "Shelter International", "المأوى الدولية", "ingo", "SY08 SY09 SY02", "SHL CCCM" },
        { "LDF", "Livelihoods Development Foundation", "مؤسسة تنمية سبل العيش", "ingo",
            "SY09 SY11 SY05", "ERL FSL" },
        { "PWB", "Protection Without Borders", "حماية بلا حدود", "ingo", "SY08 SY09 SY11", "PRT" },
        { "ECI", "Education for Children International", "التعليم للأطفال الدولية", "ingo",
            "SY02 SY09 SY10", "EDU" },
        { "FDS", "Euphrates Development Society", "جمعية الفرات للتنمية", "nngo", "SY09",
            "FSL ERL WASH" },
        { "JWA", "Jazira Women's Association", "جمعية نساء الجزيرة", "nngo", "SY08",
            "PRT ERL HLT" },
        { "KHR", "Khabour Humanitarian Relief", "الخابور للإغاثة الإنسانية", "nngo", "SY08 SY09",
            "SHL FSL WASH" },
        { "BRO", "Badia Relief Organisation", "منظمة البادية للإغاثة", "nngo", "SY09 SY04",
            "FSL HLT" },
        { "ASB", "Al-Salam Benevolent Society", "جمعية السلام الخيرية", "nngo", "SY01 SY03",
            "FSL SHL" },
        { "NYI", "Nour Youth Initiative", "مبادرة نور للشباب", "nngo", "SY09 SY11", "EDU ERL PRT" },
        { "DCN", "Deir-ez-Zor Civil Society Network", "شبكة دير الزور للمجتمع المدني", "nngo",
            "SY09", "PRT EDU WASH" },
        { "HDA", "Hasakeh Development Association", "جمعية الحسكة للتنمية", "nngo", "SY08",
            "ERL WASH SHL" },
        { "RRT", "Raqqa Reconstruction Team", "فريق إعادة إعمار الرقة", "nngo", "SY11", "ERL SHL" },
        { "ORL", "Orontes Relief", "إغاثة العاصي", "nngo", "SY05 SY07", "FSL HLT" },
        { "QCS", "Qalamoun Charitable Society", "جمعية القلمون الخيرية", "nngo", "SY03",
            "FSL SHL" },
        { "SMR", "Sham Medical Relief", "الشام للإغاثة الطبية", "nngo", "SY01 SY03 SY06", "HLT" },
        { "BAC", "Barada Association for Children", "جمعية بردى للطفولة", "nngo", "SY01 SY03",
            "EDU PRT" },
        { "TDN", "Tadamon Network", "شبكة التضامن", "nngo", "SY02 SY10", "FSL PRT" },
        { "MWL", "Mawarid Livelihoods", "موارد لسبل العيش", "nngo", "SY09 SY08", "ERL FSL" },
        { "DWR-DZ", "Directorate of Water Resources, Deir-ez-Zor",
            "مديرية الموارد المائية بدير الزور", "government", "SY09", "WASH" },
        { "DOH-HS", "Directorate of Health, Al-Hasakeh", "مديرية الصحة بالحسكة", "government",
            "SY08", "HLT NUT" },
        { "DOE-RQ", "Directorate of Education, Ar-Raqqa", "مديرية التربية بالرقة", "government",
            "SY11", "EDU" },
        { "DSA-AL", "Directorate of Social Affairs, Aleppo", "مديرية الشؤون الاجتماعية والعمل بحلب",
            "government", "SY02", "PRT FSL" },
        { "CVF", "Crescent Volunteers Federation", "اتحاد متطوعي الهلال", "red_cross", "",
            "HLT SHL FSL WASH" },
        { "RCPM", "Red Cross Partnership Mission", "بعثة شراكة الصليب الأحمر", "red_cross",
            "SY09 SY08 SY02", "HLT WASH PRT" },
        { "MNC", "Mayadin Neighbourhood Committee", "لجنة أحياء الميادين", "cbo", "SY09",
            "FSL SHL" },
        { "HCK", "Hajin Community Kitchen", "مطبخ هجين المجتمعي", "cbo", "SY09", "FSL" },
        { "TAF", "Tal Abyad Farmers Group", "مجموعة مزارعي تل أبيض", "cbo", "SY11", "FSL ERL" },
        { "RLC", "Al-Rafidain Logistics Company", "شركة الرافدين للخدمات اللوجستية", "private",
            "SY09 SY08 SY11", "LOG" },
    };
    return list;
}

double governorateWeight(const QString& governoratePcode)
{
    static const QHash<QString, double> weights = {
        { QStringLiteral("SY09"), 8.0 }, // Deir-ez-Zor
        { QStringLiteral("SY08"), 5.0 }, // Al-Hasakeh
        { QStringLiteral("SY11"), 4.0 }, // Ar-Raqqa
        { QStringLiteral("SY02"), 2.0 }, // Aleppo
        { QStringLiteral("SY07"), 1.5 }, // Idleb
    };
    return weights.value(governoratePcode, 0.6);
}

} // namespace tansiq::demo
