module code.hybscloud.com/zcall/emulate

go 1.26.0

require code.hybscloud.com/zcall v0.0.0-00010101000000-000000000000

replace code.hybscloud.com/zcall => ../
