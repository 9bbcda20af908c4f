"""The 14 components of a *Standar Pelayanan* (UU 25/2009 Pasal 21 huruf a–n).

Permenpan RB 15/2014 splits them into six *service-delivery* components (*penyampaian
pelayanan*), which the public sees and which must be published, and eight *management*
components (*pengelolaan pelayanan*, often called "manufacturing"), which govern the provider's
internal arrangements.

>>> Component.FEE.letter, Component.FEE.group
('e', <ComponentGroup.SERVICE_DELIVERY: 'service_delivery'>)
>>> Component.FEE.label.id
'Biaya/tarif'
>>> [c.letter for c in Component.service_delivery()]
['b', 'c', 'd', 'e', 'f', 'j']
>>> len(Component)
14
"""

from __future__ import annotations

import attrs

from .._base.labels import Label, LabelledEnum, register_labels

__all__ = ["Component", "ComponentGroup"]


class ComponentGroup(LabelledEnum):
    """The two groups of standard components (Permenpan RB 15/2014)."""

    SERVICE_DELIVERY = "service_delivery"
    MANAGEMENT = "management"


register_labels(
    ComponentGroup,
    {
        ComponentGroup.SERVICE_DELIVERY: (
            "Komponen penyampaian pelayanan (service delivery)",
            "Service-delivery components",
        ),
        ComponentGroup.MANAGEMENT: (
            "Komponen pengelolaan pelayanan (manufacturing)",
            "Management components",
        ),
    },
)


@attrs.frozen
class _Info:
    letter: str
    group: ComponentGroup
    description: Label


class Component(LabelledEnum):
    """One of the 14 components of UU 25/2009 Pasal 21; the value is the field name in JSON."""

    LEGAL_BASIS = "legal_basis"
    REQUIREMENTS = "requirements"
    PROCEDURE = "procedure"
    TIME_LIMIT = "time_limit"
    FEE = "fee"
    PRODUCTS = "products"
    FACILITIES = "facilities"
    EXECUTOR_COMPETENCIES = "executor_competencies"
    INTERNAL_SUPERVISION = "internal_supervision"
    COMPLAINT_HANDLING = "complaint_handling"
    EXECUTOR_COUNT = "executor_count"
    SERVICE_GUARANTEE = "service_guarantee"
    SECURITY_GUARANTEE = "security_guarantee"
    PERFORMANCE_EVALUATION = "performance_evaluation"

    @property
    def letter(self) -> str:
        """The *huruf* of UU 25/2009 Pasal 21 that lists the component (``"a"`` … ``"n"``)."""
        return _INFO[self].letter

    @property
    def group(self) -> ComponentGroup:
        """Whether it is a service-delivery or a management component (Permenpan RB 15/2014)."""
        return _INFO[self].group

    @property
    def description(self) -> Label:
        """What the component holds, in Indonesian and English."""
        return _INFO[self].description

    @classmethod
    def service_delivery(cls) -> tuple[Component, ...]:
        """The six service-delivery components, in Pasal 21 order."""
        return tuple(c for c in cls if c.group is ComponentGroup.SERVICE_DELIVERY)

    @classmethod
    def management(cls) -> tuple[Component, ...]:
        """The eight management components, in Pasal 21 order."""
        return tuple(c for c in cls if c.group is ComponentGroup.MANAGEMENT)

    @classmethod
    def by_letter(cls, letter: str) -> Component:
        """The component listed under *huruf* ``letter`` of Pasal 21.

        >>> Component.by_letter("j")
        <Component.COMPLAINT_HANDLING: 'complaint_handling'>
        """
        for component in cls:
            if component.letter == letter:
                return component
        msg = f"UU 25/2009 Pasal 21 has no huruf {letter!r}"
        raise ValueError(msg)


register_labels(
    Component,
    {
        Component.LEGAL_BASIS: ("Dasar hukum", "Legal basis"),
        Component.REQUIREMENTS: ("Persyaratan", "Requirements"),
        Component.PROCEDURE: ("Sistem, mekanisme, dan prosedur", "System, mechanism and procedure"),
        Component.TIME_LIMIT: ("Jangka waktu penyelesaian", "Completion time"),
        Component.FEE: ("Biaya/tarif", "Fee or tariff"),
        Component.PRODUCTS: ("Produk pelayanan", "Service products"),
        Component.FACILITIES: (
            "Sarana, prasarana, dan/atau fasilitas",
            "Facilities and infrastructure",
        ),
        Component.EXECUTOR_COMPETENCIES: ("Kompetensi pelaksana", "Competencies of executors"),
        Component.INTERNAL_SUPERVISION: ("Pengawasan internal", "Internal supervision"),
        Component.COMPLAINT_HANDLING: (
            "Penanganan pengaduan, saran, dan masukan",
            "Handling of complaints, suggestions and input",
        ),
        Component.EXECUTOR_COUNT: ("Jumlah pelaksana", "Number of executors"),
        Component.SERVICE_GUARANTEE: ("Jaminan pelayanan", "Service guarantee"),
        Component.SECURITY_GUARANTEE: (
            "Jaminan keamanan dan keselamatan pelayanan",
            "Security and safety guarantee",
        ),
        Component.PERFORMANCE_EVALUATION: (
            "Evaluasi kinerja pelaksana",
            "Performance evaluation of executors",
        ),
    },
)

_D = ComponentGroup.SERVICE_DELIVERY
_M = ComponentGroup.MANAGEMENT
_INFO = {
    Component.LEGAL_BASIS: _Info(
        "a",
        _M,
        Label(
            "Peraturan perundang-undangan yang menjadi dasar penyelenggaraan pelayanan.",
            "The legislation the service is based on.",
        ),
    ),
    Component.REQUIREMENTS: _Info(
        "b",
        _D,
        Label(
            "Dokumen, barang, atau hal lain yang harus dipenuhi, baik persyaratan teknis maupun "
            "administratif.",
            "Documents, goods or other things the applicant must provide, technical or "
            "administrative.",
        ),
    ),
    Component.PROCEDURE: _Info(
        "c",
        _D,
        Label(
            "Tata cara pelayanan yang dibakukan bagi pemberi dan penerima pelayanan, termasuk "
            "pengaduan.",
            "The standardised steps for provider and recipient, including complaints.",
        ),
    ),
    Component.TIME_LIMIT: _Info(
        "d",
        _D,
        Label(
            "Jangka waktu yang diperlukan untuk menyelesaikan seluruh proses pelayanan.",
            "The time needed to complete the whole service process.",
        ),
    ),
    Component.FEE: _Info(
        "e",
        _D,
        Label(
            "Ongkos yang dikenakan kepada penerima layanan; besarnya ditetapkan dengan "
            "mempertimbangkan masukan dari masyarakat.",
            "The charge to the recipient, set taking the public's input into account.",
        ),
    ),
    Component.PRODUCTS: _Info(
        "f",
        _D,
        Label(
            "Hasil pelayanan yang diberikan dan diterima sesuai ketentuan.",
            "What the service delivers to the recipient.",
        ),
    ),
    Component.FACILITIES: _Info(
        "g",
        _M,
        Label(
            "Peralatan dan fasilitas yang diperlukan, termasuk bagi kelompok rentan.",
            "The equipment and facilities needed, including for vulnerable groups.",
        ),
    ),
    Component.EXECUTOR_COMPETENCIES: _Info(
        "h",
        _M,
        Label(
            "Kemampuan pelaksana: pengetahuan, keahlian, keterampilan, dan pengalaman.",
            "What executors must have: knowledge, expertise, skills and experience.",
        ),
    ),
    Component.INTERNAL_SUPERVISION: _Info(
        "i",
        _M,
        Label(
            "Pengendalian oleh pimpinan satuan kerja atau atasan langsung pelaksana.",
            "Control by the head of the unit or the executors' direct superior.",
        ),
    ),
    Component.COMPLAINT_HANDLING: _Info(
        "j",
        _D,
        Label(
            "Tata cara pelaksanaan penanganan pengaduan dan tindak lanjutnya.",
            "How complaints, suggestions and input are handled and followed up.",
        ),
    ),
    Component.EXECUTOR_COUNT: _Info(
        "k",
        _M,
        Label(
            "Tersedianya pelaksana sesuai dengan beban kerja.",
            "The number of executors, matched to the workload.",
        ),
    ),
    Component.SERVICE_GUARANTEE: _Info(
        "l",
        _M,
        Label(
            "Kepastian pelayanan dilaksanakan sesuai dengan standar pelayanan.",
            "The assurance that the service is delivered according to the standard.",
        ),
    ),
    Component.SECURITY_GUARANTEE: _Info(
        "m",
        _M,
        Label(
            "Komitmen untuk memberikan rasa aman, bebas dari bahaya, dan risiko keragu-raguan.",
            "A commitment to safety, freedom from danger and from doubt.",
        ),
    ),
    Component.PERFORMANCE_EVALUATION: _Info(
        "n",
        _M,
        Label(
            "Penilaian untuk mengetahui pelaksanaan kegiatan sesuai dengan standar pelayanan.",
            "The assessment of whether executors work to the standard.",
        ),
    ),
}
