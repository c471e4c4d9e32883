// test: expect-error
// COMPRESS BLOB, EXPAND BLOB, BLOB PROPERTIES (4d/docs
// docs/commands-legacy/compress-blob.md, expand-blob.md, blob-properties.md).
SET BLOB SIZE(vxMyBlob; 1000; Character code("a"))
// compress-blob.md, Example 1: compress it when it is not compressed.
BLOB PROPERTIES(vxMyBlob; $vlCompressed; $vlExpandedSize; $vlCurrentSize)
If ($vlCompressed=Is not compressed)
	COMPRESS BLOB(vxMyBlob)
End if
BLOB PROPERTIES(vxMyBlob; $vlCompressed; $vlExpandedSize; $vlCurrentSize)
ALERT(String($vlCompressed)+" "+String($vlExpandedSize)+" "+String($vlCurrentSize < $vlExpandedSize)+" "+String(OK))  // 1 1000 True 1
COMPRESS BLOB(vxMyBlob)  // already compressed: nothing done
ALERT(String(OK))  // 0
// expand-blob.md, Example 1.
If ($vlCompressed#Is not compressed)
	EXPAND BLOB(vxMyBlob)
End if
ALERT(String(BLOB size(vxMyBlob))+" "+String(vxMyBlob{999})+" "+String(OK))  // 1000 97 1
// The GZIP modes write gzip; the header tells best from fast.
COMPRESS BLOB(vxMyBlob; GZIP best compression mode)
BLOB PROPERTIES(vxMyBlob; $vlCompressed; $vlExpandedSize)
ALERT(String($vlCompressed)+" "+String($vlExpandedSize)+" "+String(vxMyBlob{0})+" "+String(vxMyBlob{1}))  // -1 1000 31 139
EXPAND BLOB(vxMyBlob)
COMPRESS BLOB(vxMyBlob; GZIP fast compression mode)
BLOB PROPERTIES(vxMyBlob; $vlCompressed)
ALERT(String($vlCompressed))  // -2
EXPAND BLOB(vxMyBlob)
COMPRESS BLOB(vxMyBlob; Fast compression mode)
BLOB PROPERTIES(vxMyBlob; $vlCompressed)
ALERT(String($vlCompressed))  // 2
EXPAND BLOB(vxMyBlob)
// Under 255 bytes: not compressed, no error, OK 0.
SET BLOB SIZE($small; 10)
COMPRESS BLOB($small)
ALERT(String(BLOB size($small))+" "+String(OK))  // 10 0
// Expanding a BLOB that is not compressed is error -10600.
EXPAND BLOB($small)
