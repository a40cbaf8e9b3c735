"""Chinese (zh_CN) translations of the strings of the case door (issue 10): signing and verifying as one use case."""

TABLE = {
    ("Validation", "Version {version} is a draft: make it final before signing."):
        "第 {version} 版是草案：请先定稿，再签署。",
    ("Validation", "“{party}” is not a signatory of this case."): "“{party}”不是本协调事项的签约方。",
    ("Validation", "{party} has already signed version {version}."): "{party} 已签署第 {version} 版。",
}
