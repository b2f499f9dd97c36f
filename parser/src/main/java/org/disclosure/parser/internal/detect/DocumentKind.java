package org.disclosure.parser.internal.detect;

/**
 * What an uploaded file is, told from its content. The readable kinds have an extractor; every other
 * kind is named in the refusal so that a supervisor knows what was uploaded by mistake.
 */
public enum DocumentKind {
    EMPTY("空文件", "an empty file"),
    PDF("PDF 文件", "a PDF"),
    DOCX("Word 文档（.docx）", "a Word document (.docx)"),
    DOC("Word 97-2003 文档（.doc）", "a Word 97-2003 document (.doc)"),
    HTML("网页", "a web page"),
    TEXT("文本文件", "a text file"),
    ZIP("ZIP 压缩包", "a zip archive"),
    XLSX("Excel 表格（.xlsx）", "an Excel workbook (.xlsx)"),
    PPTX("PowerPoint 演示文稿（.pptx）", "a PowerPoint presentation (.pptx)"),
    OPEN_DOCUMENT("OpenDocument 文档（.odt/.ods）", "an OpenDocument file (.odt/.ods)"),
    XLS("Excel 97-2003 表格（.xls）", "an Excel 97-2003 workbook (.xls)"),
    PPT("PowerPoint 97-2003 演示文稿（.ppt）", "a PowerPoint 97-2003 presentation (.ppt)"),
    ENCRYPTED_OFFICE("加密的 Office 文档", "a password-protected Office document"),
    OLE2("Office 97-2003 复合文档（非 Word）", "an Office 97-2003 compound file that is not a Word document"),
    RTF("RTF 文档", "an RTF document"),
    IMAGE("图片", "an image"),
    ARCHIVE("压缩包（7z/RAR/gzip/bzip2/xz）", "a compressed archive (7z/RAR/gzip/bzip2/xz)"),
    BINARY("无法识别的二进制文件", "unrecognised binary data");

    private final String nameZh;
    private final String nameEn;

    DocumentKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
