require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 507
    json message: 'Insufficient Storage'
end
