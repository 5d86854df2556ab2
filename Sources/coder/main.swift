import Foundation
import Terminology
let url = URL(fileURLWithPath: CommandLine.arguments[1])
let data = try Data(contentsOf: url)
let list = try TabularXMLParser.parse(data, fileName: url.lastPathComponent)
for e in list.entries { print(e.normalizedCode, e.billable ? 1 : 0, e.kind) }
