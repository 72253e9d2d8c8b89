<#include "header.ftl">
<h1>Archive</h1>
<ul>
<#list published_posts as post><li><a href="${post.uri}">${post.title?html}</a> <time>${post.date?string("yyyy-MM-dd")}</time></li>
</#list>
</ul>
<#include "footer.ftl">
