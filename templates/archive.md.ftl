<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#assign ar = archive>
# ${msg.archive}
<#list ar.years as y>

## ${y.year} (${y.count})

<#list y.months as m>
- [${m.name}](${m.url}) (${m.count})
</#list>
</#list>
<#if ar.undated??>

## ${msg.undated}

- [${msg.undatedTitle}](${ar.undated.url}) (${ar.undated.count})
</#if>

## ${msg.tags}

- [${msg.allTags}](${ar.tags.url}) (${ar.tags.count})
