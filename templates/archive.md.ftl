<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#assign ar = archive>
# Archive
<#list ar.years as y>

## ${y.year} (${y.count})

<#list y.months as m>
- [${m.name}](${m.url}) (${m.count})
</#list>
</#list>
<#if ar.undated??>

## Undated

- [Events without a date](${ar.undated.url}) (${ar.undated.count})
</#if>

## Tags

- [All tags](${ar.tags.url}) (${ar.tags.count})
